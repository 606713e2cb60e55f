package dev.vippsmp.core.reconcile;

import dev.vippsmp.core.client.errors.RateLimitException;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentOperationException;
import dev.vippsmp.core.payment.Payments;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.payment.Trigger;
import dev.vippsmp.core.polling.PollSchedule;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls payments that are not final, as the vendor requires even with webhooks, until the payment is final; a
 * payment still open long after creation is flagged for an admin. Each read goes through the one completion path.
 * It also finishes an immediate capture that a crash or an outage interrupted. When each payment is read next
 * (first read, back-off, the vendor's Retry-After, giving up) is decided by the {@link PollSchedule}.
 */
public class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    private final Payments payments;
    private final PollSchedule schedule;
    private final int batchSize;

    /** @param batchSize how many due payments one pass reads at most */
    public Reconciler(Payments payments, PollSchedule schedule, int batchSize) {
        this.payments = payments;
        this.schedule = schedule;
        this.batchSize = batchSize;
    }

    /** One pass over the due payments; returns how many were read. Run on one node at a time. */
    public int runOnce() {
        int read = 0;
        for (String reference : payments.polls().due(batchSize)) {
            try {
                reconcile(reference);
                read++;
            } catch (RuntimeException e) {
                log.warn("Reconciling payment {} failed; it is retried later", reference, e);
                payments.polls().schedule(reference, schedule.afterUnexpectedError());
            }
        }
        return read;
    }

    private void reconcile(String reference) {
        Optional<Payment> stored = payments.queries().find(reference);
        if (stored.isEmpty()) {
            return;
        }
        Payment before = stored.get();
        if (before.status() == PaymentStatus.CREATED && schedule.givenUp(before.createdAt())) {
            log.warn("Payment {} is still not final {} after creation; flagged for an admin", reference,
                    schedule.giveUpAfter());
            payments.polls().flagForAdmin(reference,
                    "NEVER_FINAL: not final " + schedule.giveUpAfter() + " after creation");
            return;
        }
        boolean captureWasInterrupted = captureWasInterrupted(before); // Judged as the pass found the payment.
        try {
            payments.completion().complete(reference, Trigger.RECONCILER);
        } catch (VippsApiException e) {
            payments.polls().schedule(reference, schedule.afterVendorError(before.pollCount(), e));
            return;
        } catch (RuntimeException shopRefused) {
            // The shop could not take the outcome in; the completion path has already set the next read one poll
            // interval ahead, which must not be pushed back to the longest pause.
            log.warn("Completing payment {} failed; it is read again shortly ({})", reference, shopRefused.toString());
            return;
        }
        Payment after = payments.queries().find(reference).orElseThrow();
        if (after.status() == PaymentStatus.CREATED) {
            payments.polls().schedule(reference, schedule.nextPoll(after.pollCount()));
        } else if (captureWasInterrupted && after.captureOnAuthorization() && !after.flagged()
                && after.capturedMinor() == 0 && after.capturableMinor() > 0) {
            // Authorized in an earlier pass and still not captured after the grace: the immediate capture was
            // interrupted. The same Idempotency-Key is used, so a capture that did happen is not repeated.
            // (A payment authorized in this pass is captured by whichever caller won its transition.)
            try {
                payments.money().captureRemaining(reference);
            } catch (VippsApiException | PaymentOperationException e) {
                log.warn("Capturing the rest of payment {} failed ({}); tried again later", reference, e.getMessage());
            }
            Payment captured = payments.queries().find(reference).orElseThrow();
            payments.polls().schedule(reference, schedule.afterCaptureRecovery(captured.capturedMinor() > 0));
        } else {
            payments.polls().schedule(reference, null); // Final, or authorized with nothing left to capture now.
        }
    }

    /**
     * True when the payment was authorized in an earlier pass and its capture grace is over: the transition to
     * AUTHORIZED set the next poll to the end of the grace, so a payment still due then was not captured in time.
     */
    private boolean captureWasInterrupted(Payment before) {
        return before.status().wasAuthorized() && schedule.isDue(before.nextPollAt());
    }
}
