/**
 * Languages: English and Norwegian (Bokmål) texts in {@code messages*.properties}, chosen per request by
 * {@code ?lang=}, a cookie, the browser, or the market's default.
 */
package dev.vippsmp.demoshop.i18n;
