package dev.vippsmp.core.client.epayment;

/**
 * One entry of a payment's event log. {@code name} is one of CREATED, ABORTED, EXPIRED, CANCELLED, CAPTURED,
 * REFUNDED, AUTHORIZED, TERMINATED; the timestamp stays text, as the vendor formats it.
 */
public record PaymentEvent(String reference, String pspReference, String name, Amount amount, String timestamp,
        String idempotencyKey, Boolean success) {

    public boolean succeeded() {
        return Boolean.TRUE.equals(success);
    }
}
