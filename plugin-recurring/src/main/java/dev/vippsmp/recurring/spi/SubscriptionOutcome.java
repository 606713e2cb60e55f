package dev.vippsmp.recurring.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that happened to a subscription, told to the shop once.
 *
 * @param kind what happened
 * @param orderId the shop's subscription order
 * @param agreementId the vendor's agreement id
 * @param period the period's number for a charge outcome (the first period, paid when the subscriber agrees, is 0),
 *         or -1 for an agreement outcome
 * @param due the period's due date for a charge outcome, or null
 * @param amount the amount of a charge outcome in minor units (for {@code PERIOD_REFUNDED}, the amount refunded), or 0
 * @param currency the amount's currency
 * @param failureReason why a period could not be charged ({@code PERIOD_FAILED}), or null (also for a charge the
 *         vendor refused to create, whose description then says so)
 * @param failureDescription the vendor's words for it, e.g. "Insufficient funds", or null
 */
public record SubscriptionOutcome(Kind kind, String orderId, String agreementId, int period, LocalDate due,
        long amount, String currency, ChargeFailureReason failureReason, String failureDescription) {

    /** What happened. */
    public enum Kind {
        /** The subscriber agreed in the app; charges follow per period. */
        AGREEMENT_ACTIVE,
        /** The subscriber declined, or did not answer in time; nothing was charged. */
        AGREEMENT_REJECTED,
        /** The agreement was stopped (by the shop, the admin or the subscriber in the app); no more charges. */
        AGREEMENT_STOPPED,
        /** The agreement ran out at the vendor. */
        AGREEMENT_EXPIRED,
        /** A period's money was taken: the shop may create and ship that period's order. */
        PERIOD_CHARGED,
        /** A period could not be charged, after the vendor's retry days; see the failure reason. */
        PERIOD_FAILED,
        /** A period's money was given back (wholly or in part). */
        PERIOD_REFUNDED
    }

    public SubscriptionOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(agreementId, "agreementId");
    }

    /** True for the agreement outcomes, false for a period's. */
    public boolean isAgreementOutcome() {
        return kind.name().startsWith("AGREEMENT_");
    }
}
