package dev.vippsmp.demoshop.subscription;

import java.time.Instant;

/**
 * A sign-up as the rest of the shop sees it.
 *
 * @param id the shop's id of the sign-up, the order id the payment plugin knows it by
 * @param priceMinor the price of one period in minor units of {@code currency}
 * @param language the customer's language at sign-up
 * @param lastFailure why the latest period could not be charged (the plugin's reason), or null
 */
public record SubscriptionRecord(long id, long customerId, long planId, String planName, boolean ships,
                                 String intervalUnit, int intervalCount, long priceMinor, String currency,
                                 String language, SubscriptionState status, int periodsCharged, String lastFailure,
                                 Instant createdAt) {
}
