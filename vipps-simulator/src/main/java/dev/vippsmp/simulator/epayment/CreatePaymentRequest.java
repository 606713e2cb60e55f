package dev.vippsmp.simulator.epayment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A validated create-payment request. */
record CreatePaymentRequest(
        Money amount,
        String paymentMethodType,
        String reference,
        String userFlow,
        String returnUrl,
        Customer customer,
        List<String> scopes,
        ShippingRequest shipping,
        JsonNode receipt,
        String paymentDescription,
        Map<String, String> metadata,
        String receiptUrl,
        Instant expiresAt,
        String qrFormat) {

    /** Exactly one of the three is set. */
    record Customer(String phoneNumber, String personalQr, String customerToken) {
    }
}
