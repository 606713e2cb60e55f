/**
 * Webhooks, in three steps, each in one class: {@link dev.vippsmp.core.webhook.WebhookVerifier} verifies a
 * delivery (finds the registration whose URL and secret its signature verifies against, also as addressed to the
 * shop's public URL behind a proxy); {@link dev.vippsmp.core.webhook.WebhookInbox} stores it once under a unique
 * key, so the endpoint can answer 2xx at once; {@link dev.vippsmp.core.webhook.WebhookDispatcher} claims and
 * processes it through the one completion path, with retries when the
 * {@link dev.vippsmp.core.polling.PollSchedule} says. The registrations an admin manages are in
 * {@link dev.vippsmp.core.webhook.WebhookRegistrations}.
 */
package dev.vippsmp.core.webhook;
