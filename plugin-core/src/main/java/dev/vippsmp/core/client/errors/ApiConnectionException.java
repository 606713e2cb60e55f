package dev.vippsmp.core.client.errors;

/**
 * No answer: the connection failed, was dropped, or the call timed out. The request may or may not have reached
 * the vendor, so it is repeated with the same Idempotency-Key (or the payment is read back), never treated as a
 * failed payment.
 */
public class ApiConnectionException extends ServiceUnavailableException {

    private final boolean timeout;

    public ApiConnectionException(String detail, boolean timeout, Throwable cause) {
        super(timeout ? "Timed out" : "Connection failed", detail, cause);
        this.timeout = timeout;
    }

    public boolean isTimeout() {
        return timeout;
    }
}
