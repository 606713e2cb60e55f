package dev.vippsmp.core.client.recurring;

/** What has been captured, refunded and cancelled of a charge, in minor units. */
public record ChargeSummary(long captured, long refunded, long cancelled) {
}
