package dev.vippsmp.core.payment;

import dev.vippsmp.core.client.epayment.EPaymentApi;
import dev.vippsmp.core.client.epayment.PaymentDetails;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.payment.PaymentOperationException.Reason;
import dev.vippsmp.core.payment.internal.MoneyClaims;
import dev.vippsmp.core.payment.internal.MoneyOperations;
import dev.vippsmp.core.payment.internal.PaymentReads;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every movement of money on a payment: the admin's buttons, the order's status events ({@link OrderMoney}), the
 * capture at authorization and the reconciler's remainder. Each one holds the payment's claim in the database
 * ({@link MoneyClaims}), so on any number of shop nodes one movement per payment runs at a time, and inside it:
 * <ol>
 * <li>reads the vendor's totals and compares them with the stored ones ({@link VendorTotals}); when they differ,
 * takes the vendor's in through the completion path first, since amounts worked out from a stale picture under a
 * new idempotency key could move the money a second time;</li>
 * <li>checks the amount against the totals as they are now;</li>
 * <li>acts once, with an idempotency key derived from the payment's own counters, and completes.</li>
 * </ol>
 * A caller that passes the version it looked at (the admin's form) is refused when the payment changed since, or
 * when the vendor was ahead: what the admin decided on is not what is there.
 */
public final class MoneyMovements {

    private static final Logger log = LoggerFactory.getLogger(MoneyMovements.class);

    private final MoneyOperations operations;
    private final MoneyClaims claims;
    private final PaymentReads reads;
    private final EPaymentApi vendor;
    private final PaymentCompletion completion;

    MoneyMovements(MoneyOperations operations, MoneyClaims claims, PaymentReads reads, EPaymentApi vendor,
            PaymentCompletion completion) {
        this.operations = operations;
        this.claims = claims;
        this.reads = reads;
        this.vendor = vendor;
        this.completion = completion;
    }

    /** Captures part or all of what is reserved; returns the payment afterwards. */
    public Payment capture(String reference, long amountMinor) {
        return move(reference, OptionalLong.empty(), () -> operations.capture(reference, amountMinor));
    }

    /** The same, refused unless the payment is still at {@code seenVersion}. */
    public Payment capture(String reference, long amountMinor, long seenVersion) {
        return move(reference, OptionalLong.of(seenVersion), () -> operations.capture(reference, amountMinor));
    }

    /** Refunds part or all of what was captured. */
    public Payment refund(String reference, long amountMinor) {
        return move(reference, OptionalLong.empty(), () -> operations.refund(reference, amountMinor));
    }

    public Payment refund(String reference, long amountMinor, long seenVersion) {
        return move(reference, OptionalLong.of(seenVersion), () -> operations.refund(reference, amountMinor));
    }

    /** Releases what is not captured (before authorization: ends the payment). */
    public Payment cancel(String reference) {
        return move(reference, OptionalLong.empty(), () -> operations.cancel(reference, false));
    }

    public Payment cancel(String reference, long seenVersion) {
        return move(reference, OptionalLong.of(seenVersion), () -> operations.cancel(reference, false));
    }

    /** Captures everything still reserved (the reconciler's recovery of a capture at authorization). */
    public Payment captureRemaining(String reference) {
        return move(reference, OptionalLong.empty(), () -> operations.captureRemaining(reference));
    }

    /**
     * The capture policy's capture of the payment that {@code authorized} shows just completed: no read of the
     * vendor before it (the amount is the one that completion stored, read again inside the claim) and none after
     * it (the capture's answer carries the state and totals). A failure leaves the payment to the reconciler, which
     * captures the remainder. Returns the payment afterwards.
     */
    Payment captureAtAuthorization(Payment authorized) {
        String reference = authorized.reference();
        try {
            Optional<Payment> captured = claims.holding(reference, () -> operations.captureRemaining(reference)
                    .map(capture -> completion.completeOnly(authorized, Trigger.OPERATION, capture.answered())
                            .payment()));
            if (captured.isPresent()) {
                return captured.get();
            }
        } catch (VippsApiException | PaymentOperationException e) {
            log.warn("Capture of payment {} at authorization failed ({}); the reconciler will try again",
                    reference, e.getMessage());
        }
        return stored(reference);
    }

    /** Ends an attempt still waiting for the buyer; the vendor refuses when it was authorized meanwhile. */
    void cancelBeforeAuthorization(String reference) {
        claims.holding(reference, () -> {
            operations.cancel(reference, true);
            completion.completeOnly(reference, Trigger.OPERATION);
            return null;
        });
    }

    /** Returns once no money movement runs on the payment (or the claim's patience ran out; then at once). */
    void awaitMovement(String reference) {
        try {
            claims.holding(reference, () -> null);
        } catch (PaymentOperationException busy) {
            // Still running after all that patience: the caller goes ahead without waiting.
        }
    }

    Payment stored(String reference) {
        return reads.find(reference).orElseThrow(
                () -> new PaymentOperationException(Reason.PAYMENT_NOT_FOUND, "No payment " + reference));
    }

    private Payment move(String reference, OptionalLong seenVersion, Runnable act) {
        stored(reference); // An unknown reference is refused at once, not after waiting for a claim.
        return claims.holding(reference, () -> {
            Payment before = stored(reference);
            if (seenVersion.isPresent() && before.version() != seenVersion.getAsLong()) {
                throw new PaymentOperationException(Reason.CHANGED, "Payment " + reference + " is at version "
                        + before.version() + ", not " + seenVersion.getAsLong());
            }
            PaymentDetails totals = vendor.get(reference);
            if (VendorTotals.differ(before, totals)) {
                log.warn("Payment {}: the vendor's totals differ from the stored ones; taking them in first",
                        reference);
                completion.completeOnly(reference, Trigger.OPERATION);
                if (seenVersion.isPresent()) {
                    throw new PaymentOperationException(Reason.VENDOR_AHEAD, "Payment " + reference
                            + " had moved at the vendor; nothing was sent");
                }
            }
            act.run();
            completion.completeOnly(reference, Trigger.OPERATION);
            return stored(reference);
        });
    }
}
