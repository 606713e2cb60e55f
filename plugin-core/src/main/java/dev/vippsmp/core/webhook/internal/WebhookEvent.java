package dev.vippsmp.core.webhook.internal;

/** The ePayment webhook body; {@code pspReference} is the event's own, not the payment's. */
public record WebhookEvent(String msn, String reference, String pspReference, String name, Boolean success,
        String timestamp) {
}
