/**
 * The market the shop sells in (Norway, Denmark or Finland): currency, VAT rates per tax class, default language
 * and the wallet's brand there. Exposed as a {@link dev.vippsmp.demoshop.market.Market} bean.
 */
package dev.vippsmp.demoshop.market;
