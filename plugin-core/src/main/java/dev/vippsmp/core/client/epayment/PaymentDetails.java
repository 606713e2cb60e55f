package dev.vippsmp.core.client.epayment;

import java.util.Map;

/** The answer of {@code GET /epayment/v1/payments/{reference}}. */
public record PaymentDetails(String reference, PaymentState state, Amount amount, Aggregate aggregate,
        PaymentMethod paymentMethod, Profile profile, String pspReference, String redirectUrl,
        Map<String, String> metadata, ShippingDetails shippingDetails, UserDetails userDetails) {

    /** The {@code sub} to read Userinfo with, or null when none was shared (yet). */
    public String sub() {
        return profile == null ? null : profile.sub();
    }
}
