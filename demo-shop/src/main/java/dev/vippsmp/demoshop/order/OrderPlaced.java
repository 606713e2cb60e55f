package dev.vippsmp.demoshop.order;

import dev.vippsmp.demoshop.money.Money;

/** Published when an order is stored, before its payment starts; delivered to transactional listeners after commit. */
public record OrderPlaced(long orderId, Money total, String paymentMethodId) {
}
