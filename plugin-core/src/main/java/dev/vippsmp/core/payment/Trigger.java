package dev.vippsmp.core.payment;

/** Who asked for a payment to be completed; recorded for support, never changes the outcome. */
public enum Trigger {
    RETURN_PAGE, WEBHOOK, RECONCILER, OPERATION, ADMIN
}
