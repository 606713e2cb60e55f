/** The subscriptions' auto-configuration: on when the host implements the SubscriptionShop SPI. */
package dev.vippsmp.recurring.autoconfigure;
