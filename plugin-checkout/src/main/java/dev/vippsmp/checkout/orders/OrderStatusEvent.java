package dev.vippsmp.checkout.orders;

import java.util.Objects;

/**
 * What a shop publishes (with Spring's {@code ApplicationEventPublisher}) when one of its orders moves on, so that
 * the order's Vipps MobilePay money follows: the plugin captures, releases or refunds once the shop's transaction has
 * committed (or at once when it is published outside one). Publishing it for an order paid another way, or twice,
 * does nothing more.
 *
 * @param orderId the shop's id of the order, as in {@code VippsShop.findOrder}
 */
public record OrderStatusEvent(String orderId, Status status) {

    public OrderStatusEvent {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
    }

    /** The moves of an order that move money. */
    public enum Status {
        /** Handed to the carrier: capture what is reserved (the vendor's rule: capture when the goods ship). */
        SHIPPED,
        /** Delivered or completed without shipping: capture what is still reserved. */
        DELIVERED,
        /** Called off: release what is reserved and not captured, end attempts still waiting for the buyer. */
        CANCELLED,
        /** Money back: refund what was captured and release anything still reserved. */
        REFUNDED
    }

    public static OrderStatusEvent shipped(String orderId) {
        return new OrderStatusEvent(orderId, Status.SHIPPED);
    }

    public static OrderStatusEvent delivered(String orderId) {
        return new OrderStatusEvent(orderId, Status.DELIVERED);
    }

    public static OrderStatusEvent cancelled(String orderId) {
        return new OrderStatusEvent(orderId, Status.CANCELLED);
    }

    public static OrderStatusEvent refunded(String orderId) {
        return new OrderStatusEvent(orderId, Status.REFUNDED);
    }
}
