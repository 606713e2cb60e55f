package dev.vippsmp.demoshop.subscription;

/** Where the shop's record of a sign-up stands; it follows what Vipps MobilePay reports. */
public enum SubscriptionState {
    /** Sent to the app; the customer has not agreed yet. */
    SIGNING_UP,
    /** Agreed: each period is charged and, for a plan that ships, sent. */
    ACTIVE,
    /** The customer declined, or did not answer in time. */
    REJECTED,
    /** Stopped by the customer, the shop or in the app. */
    STOPPED,
    /** Ran out. */
    EXPIRED
}
