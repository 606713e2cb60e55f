package dev.vippsmp.core.client.epayment;

/** Where to send the shopper, and the reference the payment was created under. */
public record CreatePaymentResponse(String redirectUrl, String reference) {
}
