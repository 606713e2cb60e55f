/**
 * Subscriptions: plans a customer subscribes to (a digital journal, a coffee box sent by post), each period charged
 * by the payment provider rather than through the cart, and the shop's record of each sign-up. The plan page is
 * {@code /subscriptions/{slug}}; subscribing itself is a payment plugin's, in the page's
 * {@code SUBSCRIPTION_SUBSCRIBE} slot.
 */
package dev.vippsmp.demoshop.subscription;
