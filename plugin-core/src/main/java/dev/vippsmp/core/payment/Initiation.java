package dev.vippsmp.core.payment;

/** A created payment: send the buyer to {@code redirectUrl} unchanged (never in a frame). */
public record Initiation(String reference, String redirectUrl, Payment payment) {
}
