/**
 * Slots on the shop's pages where installed plugins add their own markup ("Buy now" buttons on product and cart
 * pages, a stylesheet in the head): declare a {@link dev.vippsmp.demoshop.storefront.StorefrontFragment} bean.
 */
package dev.vippsmp.demoshop.storefront;
