package dev.vippsmp.demoshop.order;

import dev.vippsmp.demoshop.money.Money;
import java.time.Instant;

/**
 * A row of a customer's own order list.
 *
 * @param path the order's page for its buyer, with the secret token of the buyer's link
 */
public record CustomerOrder(long id, OrderStatus status, Instant createdAt, Money total, String path) {
}
