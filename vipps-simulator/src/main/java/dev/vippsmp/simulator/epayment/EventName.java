package dev.vippsmp.simulator.epayment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The names of a payment's events, and the webhook event each one is delivered as. */
public enum EventName {

    CREATED, ABORTED, EXPIRED, CANCELLED, CAPTURED, REFUNDED, AUTHORIZED, TERMINATED;

    /** e.g. {@code epayments.payment.captured.v1}. */
    public String webhookEvent() {
        return "epayments.payment." + name().toLowerCase(Locale.ROOT) + ".v1";
    }

    public static Optional<EventName> ofWebhookEvent(String event) {
        return Arrays.stream(values()).filter(name -> name.webhookEvent().equals(event)).findFirst();
    }
}
