/**
 * Money as minor units with a currency, VAT taken out of VAT-inclusive prices, and formatting for pages.
 * Every feature of the shop uses it; it depends only on the market (for number formats).
 */
package dev.vippsmp.demoshop.money;
