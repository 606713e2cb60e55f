package dev.vippsmp.simulator.epayment;

/**
 * Published (synchronously, in the order of the payment's events) whenever a payment gets an event; the webhooks
 * feature delivers it.
 *
 * @param webhookEvent e.g. {@code epayments.payment.captured.v1}
 * @param payload the webhook body, ready to serialize
 */
public record PaymentEventPublished(String msn, String reference, String webhookEvent, Object payload) {
}
