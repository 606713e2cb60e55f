package dev.vippsmp.core.client.recurring;

/**
 * Body of {@code POST /recurring/v3/agreements/{agreementId}/charges}. {@code due} is a date
 * ({@code yyyy-MM-dd}); {@code retryDays} 0 to 14 is how long the vendor keeps trying after the due date;
 * {@code amount} at least 100 minor units; {@code description} 1 to 45 characters.
 */
public record CreateCharge(long amount, String transactionType, String description, String due, int retryDays,
        String orderId, String externalId) {
}
