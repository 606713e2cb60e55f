package dev.vippsmp.recurring;

import dev.vippsmp.recurring.spi.ChargeFailureReason;
import java.time.LocalDate;

/**
 * One period's charge as pages show it.
 *
 * @param agreementId the agreement it belongs to
 * @param period the period's number (0 is the initial charge taken when the subscriber agreed)
 * @param due the due date
 * @param amount the amount in minor units
 * @param currency its currency
 * @param chargeId the vendor's charge id, or null while being created
 * @param state where it stands
 * @param refunded how much of it was refunded, in minor units
 * @param failureReason why it failed, or null
 * @param failureDescription the vendor's words for it, or null
 * @param version the record's version, for forms that change it
 */
public record SubscriptionCharge(String agreementId, int period, LocalDate due, long amount, String currency,
        String chargeId, ChargeState state, long refunded, ChargeFailureReason failureReason,
        String failureDescription, long version) {

    /** What may still be refunded. */
    public long refundable() {
        return state.isCharged() ? Math.max(0, amount - refunded) : 0;
    }
}
