package dev.vippsmp.recurring;

/**
 * A subscription operation the plugin refuses, with a reason a page maps to its message
 * ({@code vipps.recurring.refused.<reason>}).
 */
public class SubscriptionOperationException extends RuntimeException {

    /** Why. */
    public enum Reason {
        /** The shop has no such subscription order, or the plugin no such agreement. */
        UNKNOWN,
        /** The order already has a subscription. */
        ALREADY_STARTED,
        /** The subscription's state does not allow it (e.g. resuming a stopped one). */
        NOT_ALLOWED,
        /** Someone changed it since the page was shown (the form's version is old). */
        CHANGED,
        /** The amount is not one that can be refunded. */
        INVALID_AMOUNT,
        /** The subscriptions feature is switched off. */
        DISABLED,
        /** The vendor refused or could not be reached. */
        VENDOR
    }

    private final Reason reason;

    public SubscriptionOperationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public SubscriptionOperationException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The message key's last part, e.g. {@code already-started}. */
    public String code() {
        return reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
