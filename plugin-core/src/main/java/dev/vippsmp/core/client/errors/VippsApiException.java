package dev.vippsmp.core.client.errors;

/**
 * A failed call to the vendor's API, or a failed verification of something the vendor sent. Carries what the
 * vendor said (HTTP status, its numeric error code from {@code extraDetails}, title, detail and traceId) and never
 * a secret: messages are built only from those fields.
 */
public class VippsApiException extends RuntimeException {

    private final ErrorCategory category;
    private final int status;
    private final String errorCode;
    private final String title;
    private final String detail;
    private final String traceId;
    private final boolean retryable;

    public VippsApiException(ErrorCategory category, int status, String errorCode, String title, String detail,
            String traceId, boolean retryable, Throwable cause) {
        super(message(category, status, errorCode, title, detail, traceId), cause);
        this.category = category;
        this.status = status;
        this.errorCode = errorCode;
        this.title = title;
        this.detail = detail;
        this.traceId = traceId;
        this.retryable = retryable;
    }

    private static String message(ErrorCategory category, int status, String errorCode, String title,
            String detail, String traceId) {
        StringBuilder text = new StringBuilder(category.name());
        if (status > 0) {
            text.append(" (HTTP ").append(status).append(')');
        }
        if (errorCode != null) {
            text.append(" error code ").append(errorCode);
        }
        if (title != null) {
            text.append(": ").append(title);
        }
        if (detail != null && !detail.equals(title)) {
            text.append(" - ").append(detail);
        }
        if (traceId != null) {
            text.append(" [traceId ").append(traceId).append(']');
        }
        return text.toString();
    }

    public ErrorCategory category() {
        return category;
    }

    /** The HTTP status, or 0 when no answer came (connection failure, timeout) or nothing was called. */
    public int status() {
        return status;
    }

    /** The vendor's numeric error code (e.g. {@code "6090"}), or null when it sent none. */
    public String errorCode() {
        return errorCode;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public String traceId() {
        return traceId;
    }

    /** True when repeating the same request with the same Idempotency-Key may succeed. */
    public boolean isRetryable() {
        return retryable;
    }
}
