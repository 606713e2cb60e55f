package dev.vippsmp.recurring;

import dev.vippsmp.recurring.spi.ChargeFailureReason;
import dev.vippsmp.recurring.spi.IntervalUnit;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A subscription as pages show it.
 *
 * @param agreementId the vendor's agreement id
 * @param orderId the shop's subscription order
 * @param customerId the shop's subscriber
 * @param productName what is subscribed to
 * @param price one period's price in minor units
 * @param currency its currency
 * @param intervalUnit the unit of a period
 * @param intervalCount how many units a period is
 * @param status where it stands
 * @param nextChargeDate the due date of the next period to be charged, or null when none will be (paused, final)
 * @param lastFailureReason the reason the latest failed charge gave, or null when the latest charge did not fail
 * @param lastFailureDescription the vendor's words for it, or null
 * @param language the subscriber's language
 * @param version the record's version, for forms that change it
 */
public record Subscription(String agreementId, String orderId, String customerId, String productName, long price,
        String currency, IntervalUnit intervalUnit, int intervalCount, SubscriptionStatus status,
        LocalDate nextChargeDate, ChargeFailureReason lastFailureReason, String lastFailureDescription,
        Locale language, long version) {
}
