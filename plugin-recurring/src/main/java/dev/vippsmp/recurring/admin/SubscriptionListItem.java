package dev.vippsmp.recurring.admin;

import dev.vippsmp.recurring.SubscriptionStatus;
import dev.vippsmp.recurring.spi.ChargeFailureReason;
import dev.vippsmp.recurring.spi.IntervalUnit;
import dev.vippsmp.recurring.store.AgreementRow;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the admin's list of agreements.
 *
 * @param nextDue the next period's due date while charges are made (active), else null
 * @param lastFailureReason the latest failed charge's reason, or null
 */
record SubscriptionListItem(String agreementId, String orderId, String customerId, String productName, long price,
        String currency, IntervalUnit intervalUnit, int intervalCount, SubscriptionStatus status, LocalDate nextDue,
        ChargeFailureReason lastFailureReason, String lastFailureDescription, Instant createdAt) {

    static SubscriptionListItem of(AgreementRow row) {
        // As the facade's Subscription: only an active agreement has a next charge.
        return new SubscriptionListItem(row.agreementId(), row.orderId(), row.customerId(), row.productName(),
                row.price(), row.currency(), row.intervalUnit(), row.intervalCount(), row.status(),
                row.status() == SubscriptionStatus.ACTIVE ? row.nextDue() : null,
                ChargeFailureReason.fromWire(row.lastFailureReason()).orElse(null), row.lastFailureDescription(),
                row.createdAt());
    }
}
