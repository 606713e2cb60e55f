package dev.vippsmp.demoshop.vipps;

import dev.vippsmp.checkout.orders.OrderStatusEvent;
import dev.vippsmp.demoshop.order.OrderStatusChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The shop's order statuses drive the money: shipped or completed captures what is reserved, cancelled releases
 * it, refunded pays it back. The shop's own status change is told to the plugin as an {@link OrderStatusEvent},
 * inside the shop's transaction; the plugin moves the money once that transaction has committed. Changes the payment
 * made itself are skipped, and an order paid another way has no payments to move.
 */
@Component
class OrderStatusPayments {

    private final ApplicationEventPublisher events;

    OrderStatusPayments(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(OrderStatusChanged change) {
        if (DemoShopVippsAdapter.ACTOR.equals(change.actor())) {
            return;
        }
        String orderId = String.valueOf(change.orderId());
        switch (change.to()) {
            case SHIPPED -> events.publishEvent(OrderStatusEvent.shipped(orderId));
            case COMPLETED -> events.publishEvent(OrderStatusEvent.delivered(orderId));
            case CANCELLED -> events.publishEvent(OrderStatusEvent.cancelled(orderId));
            case REFUNDED -> events.publishEvent(OrderStatusEvent.refunded(orderId));
            default -> {
                // Nothing to move for the other statuses.
            }
        }
    }
}
