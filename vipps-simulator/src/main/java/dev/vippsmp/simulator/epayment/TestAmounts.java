package dev.vippsmp.simulator.epayment;

import java.util.Map;
import java.util.Optional;

/**
 * Amounts (minor units) that force an outcome, as in the vendor's test environment: payments of 151, 182-184, 186
 * and 187 are declined when the customer approves, 201 stays undecided for an hour, and refunds of 123 or 124 fail.
 */
final class TestAmounts {

    static final long UNKNOWN_RESULT = 201;

    private static final Map<Long, String> DECLINES = Map.of(
            151L, "Insufficient funds",
            182L, "Refused by the card issuer",
            183L, "Suspected fraud",
            184L, "Withdrawal limit exceeded",
            186L, "The card has expired",
            187L, "Invalid card");

    private static final Map<Long, String> REFUND_FAILURES = Map.of(
            123L, "The refund cannot be made: the customer has no account that can receive it",
            124L, "The refund period has expired");

    private TestAmounts() {
    }

    static Optional<String> declineReason(long amount) {
        return Optional.ofNullable(DECLINES.get(amount));
    }

    static Optional<String> refundFailure(long amount) {
        return Optional.ofNullable(REFUND_FAILURES.get(amount));
    }
}
