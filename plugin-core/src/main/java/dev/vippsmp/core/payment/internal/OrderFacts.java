package dev.vippsmp.core.payment.internal;

/**
 * What a completion needs to know about the order besides the payment itself.
 *
 * @param orderTotalMinor the order's total as the shop says now, or null when the shop no longer has the order
 * @param latestAttempt whether this payment is the newest attempt for the order
 * @param otherAttemptHoldsMoney whether another attempt for the order has money reserved or captured
 */
public record OrderFacts(Long orderTotalMinor, String orderCurrency, boolean latestAttempt,
        boolean otherAttemptHoldsMoney) {
}
