/**
 * Orders: lines, shipping and totals as sold, buyer and delivery address, payment method, and a status history of
 * who changed what and when. {@link dev.vippsmp.demoshop.order.OrderService} is the only way to store or change
 * one; status changes are published as {@link dev.vippsmp.demoshop.order.OrderStatusChanged} events. The buyer's
 * page is {@code /orders/{id}?token=...}.
 */
package dev.vippsmp.demoshop.order;
