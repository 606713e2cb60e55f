package dev.vippsmp.core.client.errors;

import java.time.Duration;

/** The vendor could not answer now: a 5xx, or 423 when another operation holds the payment. Retryable. */
public class ServiceUnavailableException extends VippsApiException {

    private final Duration retryAfter;

    public ServiceUnavailableException(int status, String errorCode, String title, String detail, String traceId,
            Duration retryAfter) {
        super(ErrorCategory.UNAVAILABLE, status, errorCode, title, detail, traceId, true, null);
        this.retryAfter = retryAfter;
    }

    protected ServiceUnavailableException(String title, String detail, Throwable cause) {
        super(ErrorCategory.UNAVAILABLE, 0, null, title, detail, null, true, cause);
        this.retryAfter = null;
    }

    /** How long the vendor asked us to wait, or null when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
