package dev.vippsmp.core.client.epayment;

/**
 * The vendor's payment state. It stays {@code AUTHORIZED} after captures, refunds and cancels; only the
 * {@link Aggregate} shows that progress.
 */
public enum PaymentState {
    CREATED, AUTHORIZED, ABORTED, EXPIRED, TERMINATED;

    /** True for the states a payment never leaves. */
    public boolean isFinal() {
        return this != CREATED;
    }
}
