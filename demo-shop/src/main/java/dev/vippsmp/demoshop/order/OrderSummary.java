package dev.vippsmp.demoshop.order;

import dev.vippsmp.demoshop.money.Money;
import java.time.Instant;

/** A row of the admin's order list. */
public record OrderSummary(long id, OrderStatus status, Instant createdAt, Buyer buyer, Money total,
                           String paymentMethod, boolean ships) {
}
