package dev.vippsmp.demoshop.order;

import java.time.Instant;

/** One entry of an order's status history; {@code fromStatus} is null for the entry of its placing. */
public record StatusChangeView(OrderStatus fromStatus, OrderStatus toStatus, Instant changedAt, String changedBy,
                               String note) {
}
