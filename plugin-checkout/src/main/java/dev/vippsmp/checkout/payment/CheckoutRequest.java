package dev.vippsmp.checkout.payment;

import java.net.URI;

/**
 * What a shop's payment method knows when the buyer has placed an order and chosen Vipps MobilePay.
 *
 * @param orderId the order, stored and waiting for payment (the core's {@code VippsShop.findOrder} finds it)
 * @param shopBaseUrl the shop's address as the buyer reached it (the configured public base URL wins)
 * @param orderPageUrl the buyer's own page of the order, linked from the return page; null when there is none
 * @param phoneNumber the number the buyer gave at checkout, in any usual notation, or null
 */
public record CheckoutRequest(String orderId, URI shopBaseUrl, URI orderPageUrl, String phoneNumber) {
}
