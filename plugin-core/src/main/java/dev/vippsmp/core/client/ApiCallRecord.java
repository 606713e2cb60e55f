package dev.vippsmp.core.client;

import dev.vippsmp.core.client.errors.ErrorCategory;
import java.time.Duration;
import java.time.Instant;

/**
 * One HTTP exchange with the vendor, as the dashboard and metrics see it. Holds the path template, never the
 * concrete path, a header, a body or a token.
 *
 * @param status the HTTP status, or 0 when no answer came
 * @param errorTitle the vendor's own title of an error answer (problem+json {@code title}), with any key, token or
 *     path value the request carried cut out; null for a success, an answer without a title, or no answer at all
 * @param errorCategory null for a successful call
 * @param attempt 1 for the first try, 2 for the first retry, and so on
 */
public record ApiCallRecord(ApiOperation operation, int status, String errorCode, String errorTitle,
        ErrorCategory errorCategory, Duration latency, String traceId, Instant at, int attempt) {

    /** A call without a vendor title: a success, or a failure that brought no title (or no answer). */
    public ApiCallRecord(ApiOperation operation, int status, String errorCode, ErrorCategory errorCategory,
            Duration latency, String traceId, Instant at, int attempt) {
        this(operation, status, errorCode, null, errorCategory, latency, traceId, at, attempt);
    }

    public boolean isError() {
        return errorCategory != null;
    }
}
