package dev.vippsmp.core.spi;

/** A postal address; {@code country} is a two-letter ISO code. */
public record Address(String addressLine1, String addressLine2, String postCode, String city, String country) {
}
