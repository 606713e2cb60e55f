package dev.vippsmp.recurring.lifecycle;

/**
 * Idempotency keys derived from (agreement, period, operation), never random per try, so a retry after a timeout or
 * a crash, on this node or another, repeats the same key and the vendor does the thing once.
 */
public final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    /** The agreement of a subscription order (the agreement id is not known before it exists). */
    public static String agreement(String orderId) {
        return "order-" + orderId + "-agreement";
    }

    /** An operation on an agreement's period, e.g. {@code charge}, {@code stop} (period -1). */
    public static String of(String agreementId, int period, String operation) {
        return agreementId + "-" + period + "-" + operation;
    }
}
