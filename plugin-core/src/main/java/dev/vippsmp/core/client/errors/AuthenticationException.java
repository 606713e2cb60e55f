package dev.vippsmp.core.client.errors;

/** Missing, wrong or expired keys or token. */
public class AuthenticationException extends VippsApiException {

    public AuthenticationException(int status, String errorCode, String title, String detail, String traceId) {
        super(ErrorCategory.AUTHENTICATION, status, errorCode, title, detail, traceId, false, null);
    }
}
