package dev.vippsmp.recurring.spi;

import java.util.Optional;

/**
 * The port a shop implements to sell subscriptions. The plugin never owns the shop's orders: it reads a subscription
 * order when the shopper signs up and tells the shop each outcome.
 *
 * <p>{@link #applyOutcome} runs inside the plugin's transaction on the shop's data source, after the plugin has moved
 * its own record by a guarded transition: if it throws, the transition is rolled back and tried again on the next
 * webhook or poll, so the shop is never told twice and never left untold.
 */
public interface SubscriptionShop {

    /** The subscription order as the plugin needs it, or empty when the shop has no such order. */
    Optional<SubscriptionOrder> findSubscriptionOrder(String orderId);

    /**
     * What happened to a subscription: its agreement became active, was rejected, stopped or expired, or one of its
     * periods was charged, failed (with the vendor's reason) or refunded. Called once per outcome.
     */
    void applyOutcome(SubscriptionOutcome outcome);
}
