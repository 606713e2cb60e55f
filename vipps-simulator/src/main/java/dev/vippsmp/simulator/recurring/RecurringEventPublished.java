package dev.vippsmp.simulator.recurring;

/**
 * Published synchronously, under the agreement's lock, whenever an agreement or one of its charges gets an event;
 * the webhooks feature delivers it.
 *
 * @param agreementId what the deliveries are ordered by: an agreement's events and its charges' leave in order
 * @param webhookEvent e.g. {@code recurring.charge-captured.v1}
 * @param payload the webhook body, ready to serialize
 */
public record RecurringEventPublished(String msn, String agreementId, String webhookEvent, Object payload) {
}
