package dev.vippsmp.core.client.errors;

/** The Idempotency-Key or reference was already used for a different request. */
public class IdempotencyConflictException extends VippsApiException {

    public IdempotencyConflictException(int status, String errorCode, String title, String detail, String traceId) {
        super(ErrorCategory.CONFLICT, status, errorCode, title, detail, traceId, false, null);
    }
}
