/**
 * The money that follows the shop's order: {@link dev.vippsmp.checkout.orders.OrderStatusEvents} hands the shop's
 * committed {@link dev.vippsmp.checkout.orders.OrderStatusEvent}s to the core's
 * {@link dev.vippsmp.core.payment.OrderMoney}, which captures what is reserved when the order ships (or is
 * delivered), releases it when the order is cancelled and refunds it when the order is refunded.
 */
package dev.vippsmp.checkout.orders;
