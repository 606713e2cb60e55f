package dev.vippsmp.core.client.recurring;

/** The charge taken when the user agrees; {@code transactionType} DIRECT_CAPTURE or RESERVE_CAPTURE. */
public record InitialCharge(long amount, String description, String transactionType, String orderId,
        String externalId) {
}
