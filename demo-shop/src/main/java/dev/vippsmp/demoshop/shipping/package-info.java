/**
 * Delivery options and their prices: home delivery, pickup point, mailbox (light parcels), and free pickup point
 * delivery above a value, priced per market and by weight, to the shop's country and its Nordic neighbours.
 * {@link dev.vippsmp.demoshop.shipping.ShippingService#quote} is the one place prices come from, for checkout
 * and for an express checkout's shipping callback alike.
 */
package dev.vippsmp.demoshop.shipping;
