package dev.vippsmp.simulator.recurring;

import java.util.Map;
import java.util.Optional;

/**
 * Why a charge failed. The test amounts follow the vendor's test environment and its charge-failure descriptions
 * ("Insufficient funds", "Expired card", "Invalid card"), as the Recurring "charge failures" page lists them.
 */
record ChargeFailure(FailureReason reason, String description) {

    private static final Map<Long, ChargeFailure> TEST_AMOUNTS = Map.of(
            151L, new ChargeFailure(FailureReason.USER_ACTION_REQUIRED, "Insufficient funds"),
            186L, new ChargeFailure(FailureReason.USER_ACTION_REQUIRED, "Expired card"),
            187L, new ChargeFailure(FailureReason.USER_ACTION_REQUIRED, "Invalid card"),
            182L, new ChargeFailure(FailureReason.NON_TECHNICAL_ERROR, "Refused by issuer"),
            500L, new ChargeFailure(FailureReason.TECHNICAL_ERROR, "Technical error"));

    static Optional<ChargeFailure> forTestAmount(long amount) {
        return Optional.ofNullable(TEST_AMOUNTS.get(amount));
    }

    static ChargeFailure amountTooHigh(long amount, long maxAmount) {
        return new ChargeFailure(FailureReason.CHARGE_AMOUNT_TOO_HIGH,
                "The amount " + amount + " is higher than the user's max amount " + maxAmount);
    }
}
