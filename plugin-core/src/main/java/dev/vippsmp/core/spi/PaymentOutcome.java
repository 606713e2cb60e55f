package dev.vippsmp.core.spi;

/**
 * What the shop is told about the payment of an order. Amounts are minor units in {@code currency}.
 *
 * @param reference the payment's reference at the vendor
 * @param reason why, for FLAGGED, FAILED and CANCELLED (e.g. "amount mismatch", "expired"); otherwise null
 */
public record PaymentOutcome(String orderId, String reference, Kind kind, long authorizedMinor,
        long capturedMinor, long refundedMinor, long cancelledMinor, String currency, String reason) {

    public enum Kind {
        /** Money is reserved; the order may be fulfilled. */
        AUTHORIZED,
        /** Money is captured. */
        PAID,
        /** Money was refunded: in part when {@code refundedMinor < capturedMinor}, else whole. */
        REFUNDED,
        /** The payment ended without money: the buyer cancelled or the reservation was released. */
        CANCELLED,
        /** The payment ended without money: it expired or was refused. */
        FAILED,
        /** Money is reserved but does not match the order; hold the order for an admin to check. */
        FLAGGED
    }

    public boolean fullyRefunded() {
        return kind == Kind.REFUNDED && refundedMinor >= capturedMinor;
    }
}
