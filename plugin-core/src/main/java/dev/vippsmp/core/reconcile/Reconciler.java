package dev.vippsmp.core.reconcile;

import dev.vippsmp.core.client.errors.RateLimitException;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentService;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.payment.Trigger;
import dev.vippsmp.core.settings.VippsProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls payments that are not final, as the vendor requires even with webhooks: the first read 5 s after
 * creation, then every 2 s, doubling up to a maximum, until the payment is final; a payment still open after
 * {@code give-up-after} is flagged for an admin. Each read goes through the one completion path. It also finishes
 * an immediate capture that a crash or an outage interrupted.
 *
 * <p>Rate limits (120 reads a minute per payment) are far above this pace; a 429 pushes the payment back by the
 * vendor's Retry-After.
 */
public class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    private final PaymentService payments;
    private final VippsProperties.Reconciler settings;
    private final Clock clock;

    public Reconciler(PaymentService payments, VippsProperties.Reconciler settings, Clock clock) {
        this.payments = payments;
        this.settings = settings;
        this.clock = clock;
    }

    /** One pass over the due payments; returns how many were read. Run on one node at a time. */
    public int runOnce() {
        int read = 0;
        for (String reference : payments.dueForPolling(settings.batchSize())) {
            try {
                reconcile(reference);
                read++;
            } catch (RuntimeException e) {
                log.warn("Reconciling payment {} failed; it is retried later", reference, e);
                payments.schedulePoll(reference, clock.instant().plus(settings.maxPollInterval()));
            }
        }
        return read;
    }

    private void reconcile(String reference) {
        Optional<Payment> stored = payments.find(reference);
        if (stored.isEmpty()) {
            return;
        }
        Payment before = stored.get();
        Instant now = clock.instant();
        if (before.status() == PaymentStatus.CREATED && before.createdAt().plus(settings.giveUpAfter()).isBefore(now)) {
            log.warn("Payment {} is still not final {} after creation; flagged for an admin", reference,
                    settings.giveUpAfter());
            payments.flagForAdmin(reference, "NEVER_FINAL: not final " + settings.giveUpAfter() + " after creation");
            return;
        }
        try {
            payments.complete(reference, Trigger.RECONCILER);
        } catch (RateLimitException e) {
            Duration wait = e.retryAfter() != null ? e.retryAfter() : settings.maxPollInterval();
            payments.schedulePoll(reference, now.plus(wait));
            return;
        } catch (VippsApiException e) {
            payments.schedulePoll(reference, now.plus(delay(before)));
            return;
        } catch (RuntimeException shopRefused) {
            // The shop could not take the outcome in; the completion path has already set the next read one poll
            // interval ahead, which must not be pushed back to the longest pause.
            log.warn("Completing payment {} failed; it is read again shortly ({})", reference, shopRefused.toString());
            return;
        }
        Payment after = payments.find(reference).orElseThrow();
        if (after.status() == PaymentStatus.CREATED) {
            payments.schedulePoll(reference, now.plus(delay(after)));
        } else if (captureWasInterrupted(before, now) && after.captureOnAuthorization() && !after.flagged()
                && after.capturedMinor() == 0 && after.capturableMinor() > 0) {
            // Authorized in an earlier pass and still not captured after the grace: the immediate capture was
            // interrupted. The same Idempotency-Key is used, so a capture that did happen is not repeated.
            // (A payment authorized in this pass is captured by whichever caller won its transition.)
            payments.captureRemaining(reference);
            Payment captured = payments.find(reference).orElseThrow();
            payments.schedulePoll(reference, captured.capturedMinor() > 0 ? null
                    : now.plus(settings.maxPollInterval()));
        } else {
            payments.schedulePoll(reference, null);
        }
    }

    /**
     * True when the payment was authorized in an earlier pass and its capture grace is over: the transition to
     * AUTHORIZED set the next poll to the end of the grace, so a payment still due then was not captured in time.
     */
    private static boolean captureWasInterrupted(Payment before, Instant now) {
        return before.status().wasAuthorized() && before.nextPollAt() != null && !before.nextPollAt().isAfter(now);
    }

    /** The wait before the next read: the poll interval for the first reads, then doubling, capped. */
    Duration delay(Payment payment) {
        int doublings = Math.min(16, Math.max(0, payment.pollCount() - 2));
        Duration wait = settings.pollInterval().multipliedBy(1L << doublings);
        return wait.compareTo(settings.maxPollInterval()) > 0 ? settings.maxPollInterval() : wait;
    }
}
