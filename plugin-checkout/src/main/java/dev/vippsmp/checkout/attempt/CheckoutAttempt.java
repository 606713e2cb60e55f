package dev.vippsmp.checkout.attempt;

import java.time.Instant;

/**
 * A payment attempt the checkout started, as its return page knows it.
 *
 * @param reference the payment's reference, or null while (or if never) it is being created
 * @param cartId the cart an express order was made from, or null
 * @param orderPageUrl the shop's page of the order for the buyer, when the shop gave one
 * @param express whether the attempt is an express checkout (from the cart or a product page)
 */
public record CheckoutAttempt(String orderId, String reference, String cartId, String orderPageUrl,
        Instant createdAt, boolean express) {
}
