package dev.vippsmp.simulator.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the simulator sent to a merchant: a webhook delivery attempt or a dynamic shipping callback, and what
 * the merchant answered, so that a receiver's failures are visible.
 *
 * @param kind {@code WEBHOOK} or {@code SHIPPING_CALLBACK}
 * @param outcome {@code DELIVERED}, {@code FAILED} (will be retried), {@code GAVE_UP}, {@code DROPPED} (a fault
 *         swallowed it), {@code ANSWERED} or {@code CANNOT_SHIP} for callbacks
 * @param status the receiver's HTTP status; null when it did not answer
 * @param error why there was no answer (timeout, connection refused)
 * @param nextAttemptAt when a failed webhook delivery is tried again
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutboundEntry(
        long id,
        Instant time,
        String kind,
        String url,
        Map<String, List<String>> headers,
        String body,
        Integer status,
        String responseBody,
        String error,
        String outcome,
        long durationMillis,
        String reference,
        String event,
        String registrationId,
        Integer attempt,
        Instant nextAttemptAt) {
}
