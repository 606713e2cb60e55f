/**
 * Everything a shopper touches: the Vipps MobilePay payment method at checkout ({@code payment}), the return page
 * ({@code returnpage}), the webhook endpoint ({@code webhook}), express checkout with its buttons and the dynamic
 * shipping callback ({@code express}), and the capture, cancel and refund that follow the shop's order
 * ({@code orders}). The host implements {@link dev.vippsmp.checkout.CheckoutShop} beside the core's
 * {@code VippsShop}.
 */
package dev.vippsmp.checkout;
