/**
 * The shop's side of subscriptions with Vipps MobilePay (plugin-recurring): the {@code SubscriptionShop} port on
 * the shop's sign-ups, the subscribe button on plan pages, and "My subscriptions" ({@code /account/subscriptions})
 * with the plugin's subscriber fragment, where a customer also stops a subscription.
 */
package dev.vippsmp.demoshop.vipps.recurring;
