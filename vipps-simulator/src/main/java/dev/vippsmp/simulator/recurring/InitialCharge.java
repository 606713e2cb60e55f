package dev.vippsmp.simulator.recurring;

/** The {@code initialCharge} of a draft: paid or reserved when the user accepts. */
record InitialCharge(long amount, String description, String transactionType, String orderId, String externalId) {
}
