package dev.vippsmp.core.polling;

import dev.vippsmp.core.client.errors.RateLimitException;
import dev.vippsmp.core.client.errors.ServiceUnavailableException;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.settings.VippsProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The one place that decides when a payment is read next and when a failed webhook is processed again, following
 * the vendor's polling guidance: the first read {@code first-poll} (5 s) after creation, then every
 * {@code poll-interval} (2 s) for the first three reads, then doubling up to {@code max-poll-interval} (60 s).
 * When the vendor answered with a {@code Retry-After} (429, or 503 and the other "unavailable" answers), the next
 * read is exactly that far away: never sooner, and not later either, since the vendor said when it will answer. A
 * 429 without one waits the longest pause. Polling stops at a final state, and for good {@code give-up-after} (2 h) after creation.
 *
 * <p>Webhook deliveries whose processing failed are tried again 2 s later, doubling up to 5 minutes, until
 * {@code vipps.webhooks.max-attempts}; a delivery claimed by a node that then died is free again after 2 minutes.
 *
 * <p>Times are counted from the injected clock, so tests move a clock instead of sleeping.
 */
public final class PollSchedule {

    /** After how many reads at the plain poll interval the pause starts doubling. */
    static final int READS_BEFORE_BACKOFF = 3;
    static final Duration WEBHOOK_FIRST_RETRY = Duration.ofSeconds(2);
    static final Duration WEBHOOK_MAX_RETRY = Duration.ofMinutes(5);
    /** How long a node holds a webhook delivery it is processing; if it dies, another node retries after this. */
    static final Duration WEBHOOK_CLAIM = Duration.ofMinutes(2);

    private final VippsProperties.Reconciler polling;
    private final int webhookMaxAttempts;
    private final Clock clock;

    public PollSchedule(VippsProperties.Reconciler polling, VippsProperties.Webhooks webhooks, Clock clock) {
        this.polling = Objects.requireNonNull(polling, "polling");
        this.webhookMaxAttempts = webhooks.maxAttempts();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // --- payments -------------------------------------------------------------------------------------------

    /** The first read of a payment created at {@code createdAt}. */
    public Instant firstPoll(Instant createdAt) {
        return createdAt.plus(polling.firstPoll());
    }

    /** The next read of a payment that is still open after {@code pollsSoFar} reads by the reconciler. */
    public Instant nextPoll(int pollsSoFar) {
        return now().plus(backoff(pollsSoFar));
    }

    /**
     * The next read after the vendor refused or failed to answer one ({@code pollsSoFar} reads so far): its
     * {@code Retry-After} when it sent one, the longest pause after a 429 without one, else the usual back-off.
     */
    public Instant afterVendorError(int pollsSoFar, VippsApiException error) {
        Duration retryAfter = retryAfter(error);
        if (retryAfter != null) {
            return now().plus(retryAfter);
        }
        return error instanceof RateLimitException ? afterUnexpectedError() : nextPoll(pollsSoFar);
    }

    /** The next read after a failure that is not the vendor's answer (a bug, the database): the longest pause. */
    public Instant afterUnexpectedError() {
        return now().plus(polling.maxPollInterval());
    }

    /**
     * The next read when a completion must be tried again soon: the shop refused the outcome, or the buyer's
     * details are not there yet. One poll interval, and it is not counted as a read.
     */
    public Instant retrySoon() {
        return now().plus(polling.pollInterval());
    }

    /**
     * The next read after a transition to a new state: a payment still open keeps the read it had; one that an
     * immediate capture follows is read again once the capture should be done ({@code auto-capture-grace}), so an
     * interrupted capture is taken over; any other is not read again (null).
     */
    public Instant afterTransition(boolean stillOpen, boolean captureFollows, Instant scheduled) {
        if (stillOpen) {
            return scheduled;
        }
        return captureFollows ? now().plus(polling.autoCaptureGrace()) : null;
    }

    /**
     * The next read after the reconciler tried to finish an interrupted capture: none once it is captured, else
     * the longest pause.
     */
    public Instant afterCaptureRecovery(boolean captured) {
        return captured ? null : afterUnexpectedError();
    }

    /** True when a read scheduled for {@code scheduled} is due now (false when none is scheduled). */
    public boolean isDue(Instant scheduled) {
        return scheduled != null && !scheduled.isAfter(now());
    }

    /** True when a payment created at {@code createdAt} and still not final is no longer polled. */
    public boolean givenUp(Instant createdAt) {
        return createdAt.plus(polling.giveUpAfter()).isBefore(now());
    }

    /** How long after creation an open payment is given up on (for the message to the admin). */
    public Duration giveUpAfter() {
        return polling.giveUpAfter();
    }

    /**
     * The pause before the next read after {@code pollsSoFar} reads: the poll interval for the first reads, then
     * doubling, never longer than the longest pause.
     */
    public Duration backoff(int pollsSoFar) {
        int doublings = Math.min(16, Math.max(0, pollsSoFar - (READS_BEFORE_BACKOFF - 1)));
        return atMost(polling.pollInterval().multipliedBy(1L << doublings), polling.maxPollInterval());
    }

    // --- webhooks -------------------------------------------------------------------------------------------

    /**
     * When a webhook delivery whose processing failed {@code attemptsSoFar} times is tried again: 2 s after the
     * first failure, doubling up to 5 minutes; null when it has had all its attempts and is left for an admin.
     */
    public Instant webhookRetry(int attemptsSoFar) {
        if (attemptsSoFar >= webhookMaxAttempts) {
            return null;
        }
        int doublings = Math.min(16, Math.max(0, attemptsSoFar - 1));
        return nowInMillis().plus(atMost(WEBHOOK_FIRST_RETRY.multipliedBy(1L << doublings), WEBHOOK_MAX_RETRY));
    }

    /** Until when a node that claimed a webhook delivery holds it; past that, another node may process it. */
    public Instant webhookClaimEnds() {
        return nowInMillis().plus(WEBHOOK_CLAIM);
    }

    private static Duration retryAfter(VippsApiException error) {
        if (error instanceof RateLimitException rateLimited) {
            return rateLimited.retryAfter();
        }
        if (error instanceof ServiceUnavailableException unavailable) {
            return unavailable.retryAfter();
        }
        return null;
    }

    private static Duration atMost(Duration wait, Duration cap) {
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    private Instant now() {
        return clock.instant();
    }

    /**
     * Now in whole milliseconds, for the webhook inbox, whose times are compared with a now truncated alike: every
     * database keeps milliseconds exactly, so a time written and compared at the same instant stays equal.
     */
    private Instant nowInMillis() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
