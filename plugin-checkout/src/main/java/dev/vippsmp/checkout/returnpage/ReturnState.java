package dev.vippsmp.checkout.returnpage;

import dev.vippsmp.core.payment.Payment;

/** What the return page says about an order's latest payment attempt. */
public enum ReturnState {
    /** Not final: the buyer has not decided yet, or the vendor has not told us. */
    WAITING(false, false),
    /** Money is reserved or captured. */
    PAID(true, false),
    /** Money is reserved but does not match the order; the shop checks it. */
    CHECKING(true, false),
    /** The buyer rejected the payment or refused to share what was asked for. */
    REJECTED(true, true),
    /** The buyer did not act in time. */
    EXPIRED(true, true),
    /** The payment could not be started. */
    FAILED(true, true),
    /** The shop cancelled the payment or released the reservation. */
    CANCELLED(true, false),
    /** The money went back to the buyer. */
    REFUNDED(true, false);

    private final boolean done;
    private final boolean retryable;

    ReturnState(boolean done, boolean retryable) {
        this.done = done;
        this.retryable = retryable;
    }

    /** The state of the order's latest attempt; an order with no payment at all failed to start. */
    public static ReturnState of(Payment latest) {
        if (latest == null) {
            return FAILED;
        }
        return switch (latest.status()) {
            case CREATED -> WAITING;
            case AUTHORIZED, PARTIALLY_CAPTURED, CAPTURED, PARTIALLY_REFUNDED -> latest.flagged() ? CHECKING : PAID;
            case REFUNDED -> REFUNDED;
            case CANCELLED, TERMINATED -> CANCELLED;
            case ABORTED -> REJECTED;
            case EXPIRED -> EXPIRED;
            case FAILED -> FAILED;
        };
    }

    /** True once nothing more will change without someone acting. */
    public boolean done() {
        return done;
    }

    /** True when the buyer may pay again: a new attempt for the same order. */
    public boolean retryable() {
        return retryable;
    }
}
