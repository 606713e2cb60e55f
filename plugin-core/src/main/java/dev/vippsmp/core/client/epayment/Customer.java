package dev.vippsmp.core.client.epayment;

/** The paying customer, sent only when already known (never asked for). */
public record Customer(String phoneNumber) {
}
