package dev.vippsmp.demoshop.order;

import java.time.Instant;

/**
 * Published when an order changes status. Listen with {@code @TransactionalEventListener} (delivered after the
 * change is committed, never for one rolled back); a listener that writes to the database needs its own
 * transaction ({@code @Transactional(propagation = REQUIRES_NEW)}).
 *
 * @param actor who made the change: {@code admin:<username>}, {@code shopper}, {@code system}, or a payment
 *              method such as {@code payment:invoice}
 */
public record OrderStatusChanged(long orderId, OrderStatus from, OrderStatus to, String actor, String note,
                                 Instant at) {
}
