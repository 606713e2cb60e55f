/**
 * The checkout's configuration ({@code vipps.checkout.*}) and the URLs it gives the vendor and the shopper:
 * return page, shipping callback and webhook endpoint.
 */
package dev.vippsmp.checkout.config;
