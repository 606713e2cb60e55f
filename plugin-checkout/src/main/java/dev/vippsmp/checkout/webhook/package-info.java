/**
 * The webhook endpoint: each delivery's raw body and headers go to the core's inbox, which verifies and stores
 * it; the endpoint answers 2xx at once (processing follows), 401 for a delivery that does not verify and 400 for
 * one that is not an event, storing nothing. {@link dev.vippsmp.checkout.webhook.WebhookEndpoint} registers the
 * endpoint with the vendor, once.
 */
package dev.vippsmp.checkout.webhook;
