package dev.vippsmp.recurring;

/**
 * Where a period's charge stands: {@code CREATING} while the plugin holds the period's row but the vendor has not
 * answered yet, then the Recurring API's own charge statuses.
 */
public enum ChargeState {
    CREATING, PENDING, DUE, PROCESSING, RESERVED, CHARGED, PARTIALLY_CAPTURED, FAILED, CANCELLED,
    PARTIALLY_REFUNDED, REFUNDED;

    /** True when the vendor will not move the charge by itself any more (a refund may still follow CHARGED). */
    public boolean isFinal() {
        return this == CHARGED || this == FAILED || this == CANCELLED || this == PARTIALLY_REFUNDED
                || this == REFUNDED;
    }

    /** True when money was taken for the period (and may be refunded). */
    public boolean isCharged() {
        return this == CHARGED || this == PARTIALLY_CAPTURED || this == PARTIALLY_REFUNDED;
    }

    /** The state for the API's status; unknown values count as still being processed. */
    public static ChargeState fromVendor(String status) {
        try {
            return status == null ? PENDING : valueOf(status);
        } catch (IllegalArgumentException e) {
            return PROCESSING;
        }
    }
}
