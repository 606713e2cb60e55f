package dev.vippsmp.core.settings;

/**
 * Which order status the shop should give an order once its payment is approved (money reserved, nothing captured
 * yet), as the vendor's own shop plugins let the merchant choose. The plugin only reports the choice; the shop maps
 * it onto its own statuses when it applies an {@code AUTHORIZED} outcome.
 */
public enum OrderStatusAfterApproval {
    /** The order waits for the merchant, who captures when the goods are delivered. */
    ON_HOLD,
    /** The order goes straight on to fulfilment. */
    PROCESSING
}
