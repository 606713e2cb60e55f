package dev.vippsmp.demoshop.vipps;

import dev.vippsmp.checkout.orders.OrderPayments;
import dev.vippsmp.demoshop.order.OrderStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The shop's order statuses drive the money: shipped (or completed) captures what is reserved, cancelled releases
 * it, refunded pays it back. Runs after the order's change is committed; changes the payment made itself are
 * skipped, and an order paid another way has no payments to move.
 */
@Component
class OrderStatusPayments {

    private static final Logger log = LoggerFactory.getLogger(OrderStatusPayments.class);

    private final OrderPayments payments;

    OrderStatusPayments(OrderPayments payments) {
        this.payments = payments;
    }

    @TransactionalEventListener
    void on(OrderStatusChanged change) {
        if (DemoShopVippsAdapter.ACTOR.equals(change.actor())) {
            return;
        }
        String orderId = String.valueOf(change.orderId());
        try {
            switch (change.to()) {
                case SHIPPED, COMPLETED -> payments.capture(orderId);
                case CANCELLED -> payments.cancel(orderId);
                case REFUNDED -> payments.refund(orderId);
                default -> {
                    // Nothing to move for the other statuses.
                }
            }
        } catch (RuntimeException e) {
            log.error("Order {} is {}, but its Vipps MobilePay payment was not moved along ({}); do it on the "
                    + "payments page", orderId, change.to(), e.toString());
        }
    }
}
