package dev.vippsmp.core.telemetry;

import java.time.Instant;

/** One logged call, as the dashboard lists it. */
public record CallLogEntry(Instant calledAt, String operation, String method, String pathTemplate, int status,
        String errorCode, String errorCategory, long latencyMillis, String traceId, int attempt) {
}
