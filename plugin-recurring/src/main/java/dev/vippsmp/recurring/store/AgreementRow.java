package dev.vippsmp.recurring.store;

import dev.vippsmp.recurring.SubscriptionStatus;
import dev.vippsmp.recurring.spi.IntervalUnit;
import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code vipps_recurring_agreement}. */
public record AgreementRow(String agreementId, String orderId, String customerId, String productId,
        String productName, long price, String currency, IntervalUnit intervalUnit, int intervalCount, boolean ships,
        String languageTag, String returnPage, SubscriptionStatus status, String confirmationUrl,
        String initialChargeId, LocalDate startedOn, int nextPeriod, LocalDate nextDue, String lastFailureReason,
        String lastFailureDescription, Instant nextPollAt, int pollAttempts, Instant createdAt, long version) {
}
