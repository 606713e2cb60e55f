package dev.vippsmp.core.client.recurring;

/** A new price for a LEGACY agreement ({@code amount}) or a new limit for a VARIABLE one. Minor units. */
public record PricingUpdate(Long amount, Long suggestedMaxAmount) {
}
