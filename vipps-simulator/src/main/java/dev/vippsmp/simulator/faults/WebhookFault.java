package dev.vippsmp.simulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fault waiting for the next matching webhook deliveries.
 *
 * @param event the webhook event to match, e.g. {@code epayments.payment.captured.v1}, or null for any
 * @param reference the payment reference to match, or null for any
 * @param action DROP (never delivered), DUPLICATE (delivered twice), DELAY (delivered later; later events of the
 *         same payment wait, as order is kept), REORDER (held back and delivered after the payment's next event)
 * @param delay for DELAY: how much later; for REORDER: how long to wait for a next event before delivering anyway
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookFault(
        String id,
        String event,
        String reference,
        Action action,
        Duration delay,
        Instant createdAt,
        AtomicInteger remaining,
        AtomicInteger applied) {

    public enum Action { DROP, DUPLICATE, DELAY, REORDER }

    boolean matches(String webhookEvent, String paymentReference) {
        return (event == null || event.equals(webhookEvent)) && (reference == null || reference.equals(paymentReference));
    }

    /** Takes one use of the fault; false when it is used up. */
    boolean take() {
        return Faults.take(remaining, applied);
    }
}
