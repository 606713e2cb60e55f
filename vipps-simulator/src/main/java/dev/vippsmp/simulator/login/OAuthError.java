package dev.vippsmp.simulator.login;

import org.springframework.http.HttpStatus;

/**
 * A refusal in the shape OAuth 2.0 gives it (RFC 6749 §5.2, OpenID Connect Core §3.1.2.6): an {@code error} code
 * from the specification and a description for the developer. The vendor's {@code ErrorResponse} adds
 * {@code error_code}, the HTTP status.
 */
final class OAuthError extends RuntimeException {

    static final String INVALID_REQUEST = "invalid_request";
    static final String INVALID_CLIENT = "invalid_client";
    static final String INVALID_GRANT = "invalid_grant";
    static final String UNSUPPORTED_GRANT_TYPE = "unsupported_grant_type";
    static final String UNSUPPORTED_RESPONSE_TYPE = "unsupported_response_type";
    static final String INVALID_SCOPE = "invalid_scope";
    static final String ACCESS_DENIED = "access_denied";
    static final String INVALID_TOKEN = "invalid_token";

    private final String error;
    private final HttpStatus status;

    OAuthError(HttpStatus status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    static OAuthError badRequest(String error, String description) {
        return new OAuthError(HttpStatus.BAD_REQUEST, error, description);
    }

    static OAuthError invalidClient(String description) {
        return new OAuthError(HttpStatus.UNAUTHORIZED, INVALID_CLIENT, description);
    }

    String error() {
        return error;
    }

    HttpStatus status() {
        return status;
    }

    String description() {
        return getMessage();
    }
}
