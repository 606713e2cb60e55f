package dev.vippsmp.core.client.errors;

import java.time.Duration;

/** HTTP 429: too many calls for this reference or key. Carries the vendor's {@code Retry-After} when it sent one. */
public class RateLimitException extends VippsApiException {

    private final Duration retryAfter;

    public RateLimitException(int status, String errorCode, String title, String detail, String traceId,
            Duration retryAfter) {
        super(ErrorCategory.RATE_LIMIT, status, errorCode, title, detail, traceId, true, null);
        this.retryAfter = retryAfter;
    }

    /** How long the vendor asked us to wait, or null when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
