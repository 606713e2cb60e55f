package dev.vippsmp.recurring;

/**
 * Where a subscription stands. {@code PAUSED} is the shop's own state of an agreement that is ACTIVE at the vendor:
 * the plugin creates no charges while paused (the Recurring API has no pause).
 */
public enum SubscriptionStatus {
    /** Waiting for the subscriber to agree in the app. */
    PENDING,
    /** Agreed; a charge is created for each period. */
    ACTIVE,
    /** Agreed, but no charges are created until the shop resumes it. */
    PAUSED,
    /** Stopped by the shop, the admin or the subscriber; final. */
    STOPPED,
    /** The subscriber declined or did not answer; final. */
    REJECTED,
    /** Ran out at the vendor; final. */
    EXPIRED;

    public boolean isFinal() {
        return this == STOPPED || this == REJECTED || this == EXPIRED;
    }
}
