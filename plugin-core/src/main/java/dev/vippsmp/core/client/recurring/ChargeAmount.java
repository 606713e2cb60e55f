package dev.vippsmp.core.client.recurring;

/** Body of a charge's capture and refund: the amount in minor units (at least 100) and a description. */
public record ChargeAmount(long amount, String description) {
}
