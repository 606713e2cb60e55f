package dev.vippsmp.core.client.recurring;

import java.util.List;

/**
 * A charge as the API answers. {@code status} is one of PENDING, DUE, RESERVED, CHARGED, PARTIALLY_CAPTURED,
 * FAILED, CANCELLED, PARTIALLY_REFUNDED, REFUNDED, PROCESSING; a FAILED charge carries {@code failureReason}
 * ({@code user_action_required}, {@code charge_amount_too_high}, {@code non_technical_error},
 * {@code technical_error}) and the vendor's {@code failureDescription}. {@code due} is a date-time.
 */
public record Charge(String id, String agreementId, long amount, String currency, String description, String due,
        String status, String type, String transactionType, Integer retryDays, String failureReason,
        String failureDescription, ChargeSummary summary, List<ChargeEvent> history, String externalId,
        String transactionId) {
}
