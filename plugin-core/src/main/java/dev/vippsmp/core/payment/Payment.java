package dev.vippsmp.core.payment;

import java.time.Instant;

/**
 * One payment attempt for an order, as stored. Amounts are minor units in {@code currency}.
 *
 * @param amountMinor what was asked for at creation (for Express without delivery, which the app adds)
 * @param shippingMinor the delivery cost the buyer chose in the app (Express), else 0
 * @param flagReason why the payment needs an admin (amount mismatch, paid twice, never final) or why it failed;
 *        null otherwise
 * @param pollCount how often the reconciler has read the payment
 */
public record Payment(long id, String orderId, String reference, int attempt, PaymentFlow flow, long amountMinor,
        String currency, PaymentStatus status, String vendorState, long authorizedMinor, long capturedMinor,
        long refundedMinor, long cancelledMinor, long shippingMinor, boolean flagged, String flagReason,
        String toldOutcome, String redirectUrl, boolean captureOnAuthorization, long version, Instant createdAt,
        Instant updatedAt, Instant nextPollAt, int pollCount) {

    /** What can still be captured. */
    public long capturableMinor() {
        return status.wasAuthorized() ? Math.max(0, authorizedMinor - capturedMinor - cancelledMinor) : 0;
    }

    /** What can still be refunded. */
    public long refundableMinor() {
        return Math.max(0, capturedMinor - refundedMinor);
    }

    /** True when a cancel would release something: money still reserved, or a payment not yet authorized. */
    public boolean cancellable() {
        return status == PaymentStatus.CREATED || capturableMinor() > 0;
    }
}
