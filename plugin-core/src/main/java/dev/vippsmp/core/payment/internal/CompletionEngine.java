package dev.vippsmp.core.payment.internal;

import dev.vippsmp.core.client.epayment.EPaymentApi;
import dev.vippsmp.core.client.epayment.PaymentDetails;
import dev.vippsmp.core.client.errors.NotFoundException;
import dev.vippsmp.core.client.userinfo.UserinfoApi;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentFlow;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.polling.PollSchedule;
import dev.vippsmp.core.spi.BuyerDetails;
import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.spi.ShopOrder;
import dev.vippsmp.core.spi.VippsShop;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one completion path. Re-reads the payment from the vendor, then in one transaction on the shop's database
 * applies the transition as a conditional update and, only if this caller's update won, tells the shop. Whoever
 * loses the race re-reads the stored payment and usually finds nothing left to do. Calls to the vendor happen
 * outside the transaction.
 */
public final class CompletionEngine {

    private static final Logger log = LoggerFactory.getLogger(CompletionEngine.class);
    private static final int MAX_RACES = 5;
    /**
     * How long after creation an authorized Express or profile-sharing payment waits for the buyer's details, which
     * the vendor adds a moment after authorization (and Userinfo, when it is briefly unavailable); past that it is
     * completed with what there is, so the money is never left waiting for a name.
     */
    private static final Duration PROFILE_WAIT = Duration.ofMinutes(15);

    private final EPaymentApi payments;
    private final BuyerProfiles profiles;
    private final PaymentRecords records;
    private final PaymentReads reads;
    private final VippsShop shop;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PollSchedule schedule;
    private final Duration notFoundGrace;

    public CompletionEngine(EPaymentApi payments, UserinfoApi userinfo, PaymentRecords records, PaymentReads reads,
            VippsShop shop, TransactionTemplate transactions, Clock clock, PollSchedule schedule,
            Duration notFoundGrace) {
        this.payments = payments;
        this.profiles = new BuyerProfiles(userinfo);
        this.records = records;
        this.reads = reads;
        this.shop = shop;
        this.transactions = transactions;
        this.clock = clock;
        this.schedule = schedule;
        this.notFoundGrace = notFoundGrace;
    }

    /**
     * What one completion did, and what must follow once it is committed.
     *
     * @param order the shop's order as this completion read it to authorize the payment, so what follows the
     *        authorization need not read it again; null when the completion did not authorize it
     */
    public record Result(Payment payment, boolean changed, PaymentOutcome.Kind told, boolean captureNow,
            boolean cancelNow, boolean enteredAuthorization, ShopOrder order) {

        static Result unchanged(Payment payment) {
            return new Result(payment, false, null, false, false, false, null);
        }
    }

    /** Empty when the reference is not one of ours. */
    public Optional<Result> complete(String reference) {
        return stored(reference).map(this::complete);
    }

    /**
     * The same for a payment the caller has just read, so it is not read a second time before the vendor is asked.
     * The transition itself re-reads it in its own transaction and is conditional on what it read there, so a
     * snapshot that is a moment old can cost at most a needless read of the buyer's profile, never a wrong change.
     */
    public Result complete(Payment stored) {
        PaymentDetails details;
        try {
            details = payments.get(stored.reference());
        } catch (NotFoundException notAtVendor) {
            return notFound(stored);
        }
        return completeWith(stored, details);
    }

    /**
     * The same with the vendor's view just given by the vendor's answer to a money movement (capture, refund,
     * cancel answer the payment's state and totals), so the payment is not read a second time. An answer that would
     * authorize the payment is not enough (it lacks the buyer's profile): then the payment is read after all. The
     * caller's snapshot may be from before its movement: a payment once authorized stays so.
     */
    public Result completeFrom(Payment stored, PaymentDetails answered) {
        if (answered == null || !stored.status().wasAuthorized()) {
            return complete(stored);
        }
        return completeWith(stored, answered);
    }

    /** The payment as stored, without asking the vendor. */
    public Optional<Payment> stored(String reference) {
        return reads.find(reference);
    }

    private Result completeWith(Payment storedPayment, PaymentDetails details) {
        String reference = storedPayment.reference();
        Optional<Payment> stored = Optional.of(storedPayment);
        BuyerProfiles.Read profile = sharesProfileNow(stored.get(), details)
                ? profiles.read(stored.get().flow(), details) : null;
        if (profile != null && !profile.settled() && stored.get().createdAt().plus(PROFILE_WAIT)
                .isAfter(clock.instant())) {
            // The shop gets the order's buyer only with its authorization, so both wait for the next read.
            transactions.executeWithoutResult(status -> records.schedulePoll(reference,
                    schedule.retrySoon(), false));
            return Result.unchanged(stored.get());
        }
        BuyerDetails buyer = profile == null ? null : buyerToAttach(reference, profile);
        try {
            for (int race = 0; race < MAX_RACES; race++) {
                Result result = transactions.execute(status -> apply(reference, details, buyer));
                if (result != null) {
                    return result;
                }
            }
            log.info("Payment {} kept changing under a completion; left for the next trigger", reference);
            return Result.unchanged(stored.get());
        } catch (RuntimeException e) {
            // The shop may have refused the outcome; the reconciler tries again soon.
            transactions.executeWithoutResult(status -> records.schedulePoll(reference,
                    schedule.retrySoon(), false));
            throw e;
        }
    }

    /** Null when another caller changed the payment first (try again). */
    private Result apply(String reference, PaymentDetails details, BuyerDetails buyer) {
        Payment current = records.find(reference).orElseThrow();
        Instant now = clock.instant();
        boolean entering = !current.status().wasAuthorized()
                && TransitionRules.derive(details.state(), details.aggregate()).wasAuthorized();
        // The order matters only to an authorization: its total must match what the buyer approved.
        ShopOrder order = entering ? shop.findOrder(current.orderId()).orElse(null) : null;
        Transition transition = TransitionRules.next(current, details, facts(current, entering, order), schedule);
        if (transition == null) {
            return Result.unchanged(current);
        }
        Optional<Payment> changed = records.transition(current, transition, now);
        if (changed.isEmpty()) {
            return null;
        }
        if (transition.attachBuyer() && buyer != null) {
            shop.attachBuyer(current.orderId(), buyer);
        }
        if (transition.tell() != null) {
            shop.applyOutcome(new PaymentOutcome(current.orderId(), reference, transition.tell(),
                    transition.authorizedMinor(), transition.capturedMinor(), transition.refundedMinor(),
                    transition.cancelledMinor(), current.currency(), transition.tellReason()));
        }
        Payment after = changed.get();
        boolean entered = !current.status().wasAuthorized() && transition.status().wasAuthorized();
        return new Result(after, true, transition.tell(), transition.captureNow(), transition.cancelNow(), entered,
                entered ? order : null);
    }

    private OrderFacts facts(Payment current, boolean entering, ShopOrder order) {
        List<Payment> attempts = records.forOrder(current.orderId());
        boolean latest = attempts.stream().allMatch(p -> p.attempt() <= current.attempt());
        boolean otherHoldsMoney = attempts.stream().anyMatch(p -> p.id() != current.id() && holdsMoney(p));
        if (!entering || order == null) {
            return new OrderFacts(null, null, latest, otherHoldsMoney);
        }
        return new OrderFacts(order.totalMinor(), order.currency(), latest, otherHoldsMoney);
    }

    private static boolean holdsMoney(Payment payment) {
        boolean duplicate = payment.flagReason() != null
                && payment.flagReason().startsWith(TransitionRules.FLAG_DUPLICATE);
        return !duplicate && payment.status().wasAuthorized()
                && payment.authorizedMinor() - payment.cancelledMinor() - payment.refundedMinor() > 0;
    }

    /** What the shop is given after the wait: all there is, logged when incomplete, and nothing if nothing came. */
    private static BuyerDetails buyerToAttach(String reference, BuyerProfiles.Read profile) {
        if (!profile.settled()) {
            log.warn("Payment {} is completed without all of the buyer's details: still waiting for {} {} after "
                    + "its creation", reference, profile.waitingFor(), PROFILE_WAIT);
        }
        return BuyerMapper.isEmpty(profile.buyer()) ? null : profile.buyer();
    }

    /**
     * True when this read authorizes an Express or profile-sharing payment: the moment the shop is given the buyer's
     * details, once, with the authorization.
     */
    private static boolean sharesProfileNow(Payment stored, PaymentDetails details) {
        return stored.flow() != PaymentFlow.CHECKOUT && !stored.status().wasAuthorized()
                && TransitionRules.derive(details.state(), details.aggregate()).wasAuthorized();
    }

    private Result notFound(Payment stored) {
        Instant now = clock.instant();
        if (stored.status() != PaymentStatus.CREATED || stored.createdAt().plus(notFoundGrace).isAfter(now)) {
            return Result.unchanged(stored);
        }
        // The create call never reached the vendor: nothing can be paid under this reference.
        Optional<Payment> changed = transactions.execute(status -> records.transition(stored,
                TransitionRules.failed(stored, "the payment was never created at the vendor"), now));
        Payment after = changed.orElseGet(() -> reads.find(stored.reference()).orElseThrow());
        return new Result(after, changed.isPresent(), null, false, false, false, null);
    }

    /** Marks a payment the vendor refused to create as failed. */
    public void failCreation(String reference, String reason) {
        transactions.executeWithoutResult(status -> records.find(reference).ifPresent(payment -> {
            if (payment.status() == PaymentStatus.CREATED) {
                records.transition(payment, TransitionRules.failed(payment, reason), clock.instant());
            }
        }));
    }
}
