package dev.vippsmp.checkout.orders;

import dev.vippsmp.core.payment.OrderMoney;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Moves the money when the shop publishes an {@link OrderStatusEvent}. It runs after the shop's transaction has
 * committed, so an order change that is rolled back moves nothing, and the vendor is never called while the shop's
 * rows are locked. A failure is logged for an admin, not thrown: the order's change has already happened, and the
 * plugin's payments page offers the same operation by hand.
 */
public class OrderStatusEvents {

    private static final Logger log = LoggerFactory.getLogger(OrderStatusEvents.class);

    private final OrderMoney payments;

    public OrderStatusEvents(OrderMoney payments) {
        this.payments = payments;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(OrderStatusEvent event) {
        try {
            switch (event.status()) {
                case SHIPPED, DELIVERED -> payments.capture(event.orderId());
                case CANCELLED -> payments.cancel(event.orderId());
                case REFUNDED -> payments.refund(event.orderId());
            }
        } catch (RuntimeException e) {
            log.error("Order {} is {}, but its Vipps MobilePay payment was not moved along ({}); do it on the "
                    + "payments page", event.orderId(), event.status(), e.toString());
        }
    }
}
