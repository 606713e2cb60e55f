package dev.vippsmp.core.payment;

/**
 * The local state of one payment attempt, derived from the vendor's state and running totals. The vendor's state
 * stays AUTHORIZED after captures, refunds and cancels; these statuses tell those stages apart.
 */
public enum PaymentStatus {
    /** Created at the vendor (or being created); waiting for the buyer. */
    CREATED(false),
    /** Money reserved, nothing captured or released. */
    AUTHORIZED(false),
    /** Part captured, the rest still reserved. */
    PARTIALLY_CAPTURED(false),
    /** Everything captured, or captured in part with the rest released. */
    CAPTURED(false),
    /** Part of the captured money refunded. */
    PARTIALLY_REFUNDED(false),
    /** All captured money refunded. */
    REFUNDED(true),
    /** The reservation released with nothing captured. */
    CANCELLED(true),
    /** The buyer cancelled in the app. */
    ABORTED(true),
    /** The buyer did not act in time. */
    EXPIRED(true),
    /** The shop cancelled before authorization. */
    TERMINATED(true),
    /** The vendor refused to create the payment, or it never reached the vendor. */
    FAILED(true);

    private final boolean terminal;

    PaymentStatus(boolean terminal) {
        this.terminal = terminal;
    }

    /** True when no money can move any more. */
    public boolean isTerminal() {
        return terminal;
    }

    /** True once money was reserved (whatever happened to it after). */
    public boolean wasAuthorized() {
        return this == AUTHORIZED || this == PARTIALLY_CAPTURED || this == CAPTURED || this == PARTIALLY_REFUNDED
                || this == REFUNDED || this == CANCELLED;
    }
}
