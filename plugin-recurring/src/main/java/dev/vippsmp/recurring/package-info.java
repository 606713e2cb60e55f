/**
 * Subscriptions on the Recurring API v3. A shop implements {@link dev.vippsmp.recurring.spi.SubscriptionShop} and
 * calls {@link dev.vippsmp.recurring.VippsSubscriptions}: start a subscription (the shopper is sent to the app to
 * agree), stop, pause or resume it, and read a subscriber's subscriptions for a page. The plugin charges each period
 * ahead of its due date, learns the outcome by webhook and by polling, and tells the shop each outcome once.
 */
package dev.vippsmp.recurring;
