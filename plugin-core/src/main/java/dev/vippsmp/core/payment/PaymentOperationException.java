package dev.vippsmp.core.payment;

/** The plugin refused an operation before calling the vendor, for a reason the caller can show. */
public class PaymentOperationException extends RuntimeException {

    public enum Reason {
        NOT_CONFIGURED, ORDER_NOT_FOUND, PAYMENT_NOT_FOUND, CURRENCY_MISMATCH, AMOUNT_OUT_OF_RANGE, ALREADY_PAID,
        INVALID_AMOUNT, NOT_ALLOWED_IN_STATE, INVALID_REQUEST,
        /** The payment changed since the caller looked at it (the version it saw is not the stored one). */
        CHANGED,
        /** The vendor shows other totals than were stored; they are taken in now, and nothing was sent. */
        VENDOR_AHEAD,
        /** Another money operation on the payment (perhaps on another shop node) did not finish in time. */
        BUSY
    }

    private final Reason reason;

    public PaymentOperationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
