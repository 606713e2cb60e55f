package dev.vippsmp.core.client.epayment;

/** A delivery address as the app reports it. */
public record ShippingAddress(String addressLine1, String addressLine2, String city, String country,
        String postCode) {
}
