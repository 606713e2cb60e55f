/**
 * The Recurring API's webhook events, handed by the core's inbox to the completion paths of agreements and charges;
 * a delivery is a hint, never the state.
 */
package dev.vippsmp.recurring.webhook;
