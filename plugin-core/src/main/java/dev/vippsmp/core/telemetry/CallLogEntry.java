package dev.vippsmp.core.telemetry;

import java.time.Instant;

/**
 * One logged call, as the dashboard lists it.
 *
 * @param errorTitle the vendor's title of its error answer; null when there was none (a success, a timeout, a
 *     refused connection, an answer without a title), where the category is all there is to show
 */
public record CallLogEntry(Instant calledAt, String operation, String method, String pathTemplate, int status,
        String errorCode, String errorTitle, String errorCategory, long latencyMillis, String traceId, int attempt) {
}
