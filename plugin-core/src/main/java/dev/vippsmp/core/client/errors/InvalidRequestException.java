package dev.vippsmp.core.client.errors;

/** The vendor refused the request as invalid; repeating it cannot help. */
public class InvalidRequestException extends VippsApiException {

    public InvalidRequestException(int status, String errorCode, String title, String detail, String traceId) {
        super(ErrorCategory.VALIDATION, status, errorCode, title, detail, traceId, false, null);
    }
}
