/**
 * The money that follows the shop's order: {@link dev.vippsmp.checkout.orders.OrderPayments} captures what is
 * reserved when the order ships (or is delivered), releases it when the order is cancelled and refunds it when the
 * order is refunded. The shop calls it from its own order events, after they are committed.
 */
package dev.vippsmp.checkout.orders;
