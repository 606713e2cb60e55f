/**
 * The port a shop implements to sell subscriptions: {@link dev.vippsmp.recurring.spi.SubscriptionShop}. The shop says
 * what a subscription product is ({@link dev.vippsmp.recurring.spi.SubscriptionProduct}), lets the plugin read a
 * subscription order ({@link dev.vippsmp.recurring.spi.SubscriptionOrder}), and is told each outcome of the
 * agreement and of each period's charge ({@link dev.vippsmp.recurring.spi.SubscriptionOutcome}) exactly once, so it
 * can create a period order, ship it, or tell the subscriber. Depends on nothing else of the plugin.
 */
package dev.vippsmp.recurring.spi;
