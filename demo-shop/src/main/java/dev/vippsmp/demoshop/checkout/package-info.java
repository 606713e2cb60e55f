/**
 * Checkout at {@code /checkout}: the buyer's name, email and phone, and, only when something in the cart ships, a
 * delivery address and a shipping method; then a payment method and acceptance of the terms ({@code /terms}).
 * {@link dev.vippsmp.demoshop.checkout.CheckoutService} turns a cart into an order and starts its payment.
 */
package dev.vippsmp.demoshop.checkout;
