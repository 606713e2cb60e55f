package dev.vippsmp.simulator.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the simulator received, as the client sent it (secrets masked), and how it was answered.
 *
 * @param operation the vendor's operationId, e.g. {@code capturePayment}; null for unknown paths
 * @param headers every header as received, names as sent, secrets masked
 * @param status the HTTP status answered; null when the connection was dropped
 * @param outcome {@code ANSWERED}, or {@code DROPPED} when a fault closed the connection without an answer
 * @param faultId the fault applied to this request, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalEntry(
        long id,
        Instant time,
        String method,
        String path,
        String query,
        String operation,
        Map<String, List<String>> headers,
        String body,
        Integer status,
        String errorCode,
        String outcome,
        String faultId,
        long durationMillis,
        String responseBody) {
}
