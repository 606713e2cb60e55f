package dev.vippsmp.core.payment.internal;

import dev.vippsmp.core.client.epayment.Aggregate;
import dev.vippsmp.core.client.epayment.PaymentDetails;
import dev.vippsmp.core.client.epayment.PaymentState;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentFlow;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.polling.PollSchedule;
import dev.vippsmp.core.spi.PaymentOutcome.Kind;
import java.time.Instant;

/**
 * Decides, from the stored payment and a fresh read of it from the vendor, what the payment becomes and what the
 * shop is told. Pure: no I/O, so every rule is tested without a database or a network.
 *
 * <p>Rules that keep money safe: a read older than what is stored is ignored (totals never go down, a final state
 * never goes back to CREATED); the authorized amount must equal the order total (plus chosen delivery for
 * Express) or the payment is flagged instead of the order being paid; a second payment for an order already paid
 * is flagged and released; each outcome is told once; a superseded attempt never tells the shop its order failed.
 */
public final class TransitionRules {

    public static final String FLAG_AMOUNT = "AMOUNT_MISMATCH";
    public static final String FLAG_DUPLICATE = "DUPLICATE_PAYMENT";
    public static final String FLAG_ORDER_MISSING = "ORDER_MISSING";
    public static final String FLAG_NEVER_FINAL = "NEVER_FINAL";

    private TransitionRules() {
    }

    /** The local status for a vendor state and its totals. */
    public static PaymentStatus derive(PaymentState state, Aggregate aggregate) {
        return switch (state) {
            case CREATED -> PaymentStatus.CREATED;
            case ABORTED -> PaymentStatus.ABORTED;
            case EXPIRED -> PaymentStatus.EXPIRED;
            case TERMINATED -> PaymentStatus.TERMINATED;
            case AUTHORIZED -> authorized(aggregate);
        };
    }

    private static PaymentStatus authorized(Aggregate a) {
        if (a.refunded() > 0) {
            return a.refunded() >= a.captured() ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        }
        if (a.captured() > 0) {
            return a.captured() + a.cancelled() >= a.authorized() ? PaymentStatus.CAPTURED
                    : PaymentStatus.PARTIALLY_CAPTURED;
        }
        if (a.cancelled() > 0 && a.cancelled() >= a.authorized()) {
            return PaymentStatus.CANCELLED;
        }
        return PaymentStatus.AUTHORIZED;
    }

    /**
     * The transition from {@code current} given the vendor's view, or null when there is nothing to change
     * (the same as stored, or older than stored). When the payment is read next is the {@code schedule}'s.
     */
    public static Transition next(Payment current, PaymentDetails vendor, OrderFacts order,
            PollSchedule schedule) {
        Aggregate a = vendor.aggregate() == null ? new Aggregate(null, null, null, null) : vendor.aggregate();
        if (!isForward(current, vendor.state(), a)) {
            return null;
        }
        PaymentStatus status = derive(vendor.state(), a);
        long shipping = current.flow() == PaymentFlow.EXPRESS && vendor.shippingDetails() != null
                ? vendor.shippingDetails().cost() : current.shippingMinor();
        boolean entering = !current.status().wasAuthorized() && status.wasAuthorized();

        boolean flagged = current.flagged();
        String flagReason = current.flagReason();
        boolean cancelNow = false;
        if (entering) {
            String problem = authorizationProblem(current, a.authorized(), shipping, order);
            if (problem != null) {
                flagged = true;
                flagReason = problem;
                cancelNow = problem.startsWith(FLAG_DUPLICATE) && a.captured() == 0;
            }
        }
        boolean duplicate = flagReason != null && flagReason.startsWith(FLAG_DUPLICATE);

        Kind kind = outcome(status, flagged && !duplicate);
        String fingerprint = kind == null ? null : kind == Kind.REFUNDED ? kind + ":" + a.refunded() : kind.name();
        boolean failure = kind == Kind.CANCELLED || kind == Kind.FAILED;
        boolean tell = kind != null && !duplicate && !fingerprint.equals(current.toldOutcome())
                && !(failure && !order.latestAttempt());
        boolean captureNow = entering && current.captureOnAuthorization() && !flagged && a.captured() == 0
                && a.cancelled() == 0 && a.authorized() > 0;
        Instant nextPoll = schedule.afterTransition(status == PaymentStatus.CREATED, captureNow,
                current.nextPollAt());
        return new Transition(status, vendor.state().name(), a.authorized(), a.captured(), a.refunded(),
                a.cancelled(), shipping, flagged, flagReason, tell ? fingerprint : current.toldOutcome(),
                vendor.pspReference(), nextPoll, tell ? kind : null, tell ? reason(status, flagReason) : null,
                entering && !duplicate && current.flow() != PaymentFlow.CHECKOUT, captureNow, cancelNow);
    }

    /** A failure decided locally (the vendor refused to create the payment, or never got it). */
    public static Transition failed(Payment current, String reason) {
        // The shop is not told: the buyer is still at the checkout, sees the error there and may try again.
        return new Transition(PaymentStatus.FAILED, current.vendorState(), current.authorizedMinor(),
                current.capturedMinor(), current.refundedMinor(), current.cancelledMinor(), current.shippingMinor(),
                current.flagged(), reason, current.toldOutcome(), null, null, null, null, false, false, false);
    }

    static boolean isForward(Payment current, PaymentState state, Aggregate a) {
        boolean storedFinal = current.vendorState() != null && !"CREATED".equals(current.vendorState());
        if (storedFinal && state == PaymentState.CREATED) {
            return false;
        }
        if (a.authorized() < current.authorizedMinor() || a.captured() < current.capturedMinor()
                || a.refunded() < current.refundedMinor() || a.cancelled() < current.cancelledMinor()) {
            return false;
        }
        boolean same = state.name().equals(current.vendorState()) && a.authorized() == current.authorizedMinor()
                && a.captured() == current.capturedMinor() && a.refunded() == current.refundedMinor()
                && a.cancelled() == current.cancelledMinor();
        return !same;
    }

    private static String authorizationProblem(Payment current, long authorized, long shipping, OrderFacts order) {
        if (order.otherAttemptHoldsMoney()) {
            return FLAG_DUPLICATE + ": another payment for this order already holds money";
        }
        if (order.orderTotalMinor() == null) {
            return FLAG_ORDER_MISSING + ": the shop no longer has order " + current.orderId();
        }
        long expected = order.orderTotalMinor() + (current.flow() == PaymentFlow.EXPRESS ? shipping : 0);
        if (!current.currency().equals(order.orderCurrency()) || authorized != expected) {
            return FLAG_AMOUNT + ": authorized " + authorized + " " + current.currency() + ", order expects "
                    + expected + " " + order.orderCurrency();
        }
        return null;
    }

    static Kind outcome(PaymentStatus status, boolean flagged) {
        return switch (status) {
            case CREATED -> null;
            case AUTHORIZED, PARTIALLY_CAPTURED -> flagged ? Kind.FLAGGED : Kind.AUTHORIZED;
            case CAPTURED -> Kind.PAID;
            case PARTIALLY_REFUNDED, REFUNDED -> Kind.REFUNDED;
            case CANCELLED, ABORTED, TERMINATED -> Kind.CANCELLED;
            case EXPIRED, FAILED -> Kind.FAILED;
        };
    }

    private static String reason(PaymentStatus status, String flagReason) {
        return switch (status) {
            case ABORTED -> "cancelled by the buyer";
            case EXPIRED -> "expired";
            case TERMINATED -> "cancelled by the shop";
            case CANCELLED -> "reservation released";
            case AUTHORIZED, PARTIALLY_CAPTURED -> flagReason;
            default -> null;
        };
    }
}
