package dev.vippsmp.core.payment.internal;

import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.spi.PaymentOutcome;
import java.time.Instant;

/**
 * The new values of a payment after a completion, and what to do once they are stored.
 *
 * @param tell the outcome to tell the shop, or null
 * @param attachBuyer whether to pass the buyer's details to the shop
 * @param captureNow whether to capture the whole reserved amount after the change is committed
 * @param cancelNow whether to release the reservation after the change is committed (a second payment for an
 *        order that is already paid)
 */
public record Transition(PaymentStatus status, String vendorState, long authorizedMinor, long capturedMinor,
        long refundedMinor, long cancelledMinor, long shippingMinor, boolean flagged, String flagReason,
        String toldOutcome, String pspReference, Instant nextPollAt, PaymentOutcome.Kind tell, String tellReason,
        boolean attachBuyer, boolean captureNow, boolean cancelNow) {
}
