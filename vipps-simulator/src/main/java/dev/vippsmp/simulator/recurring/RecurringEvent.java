package dev.vippsmp.simulator.recurring;

import java.util.Arrays;
import java.util.Optional;

/**
 * The recurring webhook events. Names from the vendor's webhook event list; {@code charge-refunded} is in the
 * Recurring changelog (December 2025, "transactionId in charge webhook payloads").
 */
public enum RecurringEvent {

    AGREEMENT_ACTIVATED("recurring.agreement-activated.v1"),
    AGREEMENT_REJECTED("recurring.agreement-rejected.v1"),
    AGREEMENT_STOPPED("recurring.agreement-stopped.v1"),
    AGREEMENT_EXPIRED("recurring.agreement-expired.v1"),
    CHARGE_RESERVED("recurring.charge-reserved.v1"),
    CHARGE_CAPTURED("recurring.charge-captured.v1"),
    CHARGE_CANCELED("recurring.charge-canceled.v1"),
    CHARGE_FAILED("recurring.charge-failed.v1"),
    CHARGE_CREATION_FAILED("recurring.charge-creation-failed.v1"),
    CHARGE_REFUNDED("recurring.charge-refunded.v1");

    private final String webhookEvent;

    RecurringEvent(String webhookEvent) {
        this.webhookEvent = webhookEvent;
    }

    public String webhookEvent() {
        return webhookEvent;
    }

    public static Optional<RecurringEvent> ofWebhookEvent(String event) {
        return Arrays.stream(values()).filter(value -> value.webhookEvent.equals(event)).findFirst();
    }
}
