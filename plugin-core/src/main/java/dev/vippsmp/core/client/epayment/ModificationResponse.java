package dev.vippsmp.core.client.epayment;

/** The answer of capture, refund and cancel: the payment's state and totals afterwards. */
public record ModificationResponse(String reference, PaymentState state, Amount amount, Aggregate aggregate,
        String pspReference) {
}
