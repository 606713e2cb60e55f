package dev.vippsmp.recurring.store;

import dev.vippsmp.recurring.ChargeState;
import java.time.LocalDate;

/** One row of {@code vipps_recurring_charge}: one period's charge. */
public record ChargeRow(String agreementId, int period, LocalDate due, long amount, String currency, String chargeId,
        ChargeState state, long refunded, String failureReason, String failureDescription, String lastError,
        int pollAttempts, long version) {
}
