package dev.vippsmp.core.client;

import dev.vippsmp.core.client.errors.ErrorCategory;
import java.time.Duration;
import java.time.Instant;

/**
 * One HTTP exchange with the vendor, as the dashboard and metrics see it. Holds the path template, never the
 * concrete path, a header, a body or a token.
 *
 * @param status the HTTP status, or 0 when no answer came
 * @param attempt 1 for the first try, 2 for the first retry, and so on
 * @param errorCategory null for a successful call
 */
public record ApiCallRecord(ApiOperation operation, int status, String errorCode, ErrorCategory errorCategory,
        Duration latency, String traceId, Instant at, int attempt) {

    public boolean isError() {
        return errorCategory != null;
    }
}
