/**
 * Webhooks: verification of deliveries ({@link dev.vippsmp.core.webhook.WebhookVerifier}), the store-then-process
 * inbox the shop's endpoint hands them to ({@link dev.vippsmp.core.webhook.WebhookInbox}), and the registrations
 * an admin manages ({@link dev.vippsmp.core.webhook.WebhookRegistrations}).
 */
package dev.vippsmp.core.webhook;
