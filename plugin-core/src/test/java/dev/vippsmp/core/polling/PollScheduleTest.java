package dev.vippsmp.core.polling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.client.errors.ApiConnectionException;
import dev.vippsmp.core.client.errors.RateLimitException;
import dev.vippsmp.core.client.errors.ServiceUnavailableException;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.settings.VippsProperties;
import dev.vippsmp.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Every next-read and retry decision, with the defaults a shop gets and with its own settings, against a clock
 * that the test moves.
 */
class PollScheduleTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00.123456789Z");

    private final MutableClock clock = new MutableClock(START);
    private final PollSchedule schedule = schedule(Map.of());

    /** The schedule as the auto-configuration builds it from {@code vipps.*} (defaults unless given). */
    private PollSchedule schedule(Map<String, String> settings) {
        VippsProperties properties = new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("vipps", VippsProperties.class);
        return new PollSchedule(properties.reconciler(), properties.webhooks(), clock);
    }

    private Duration fromNow(Instant instant) {
        return Duration.between(clock.instant(), instant);
    }

    private static RateLimitException rateLimited(Duration retryAfter) {
        return new RateLimitException(429, null, "Too Many Requests", null, "trace", retryAfter);
    }

    private static ServiceUnavailableException unavailable(Duration retryAfter) {
        return new ServiceUnavailableException(503, null, "Service Unavailable", null, "trace", retryAfter);
    }

    @Test
    void theFirstReadIsFiveSecondsAfterCreationAsTheVendorAdvises() {
        Instant created = START.minusSeconds(1);

        assertThat(schedule.firstPoll(created)).isEqualTo(created.plusSeconds(5));
    }

    @Test
    void thenEveryTwoSecondsForThreeReadsThenDoublingUpToSixtySeconds() {
        List<Duration> pauses = new ArrayList<>();
        for (int polls = 0; polls < 10; polls++) {
            pauses.add(fromNow(schedule.nextPoll(polls)));
        }

        assertThat(pauses).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(32),
                Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(60));
    }

    @Test
    void theBackoffIsCappedEvenAfterVeryManyReads() {
        assertThat(schedule.backoff(1_000)).isEqualTo(Duration.ofSeconds(60));
        assertThat(schedule.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void theNextReadIsCountedFromTheClockNow() {
        clock.advance(Duration.ofMinutes(7));

        assertThat(schedule.nextPoll(0)).isEqualTo(START.plus(Duration.ofMinutes(7)).plusSeconds(2));
    }

    @Test
    void theShopsOwnIntervalsAreUsed() {
        PollSchedule own = schedule(Map.of("vipps.reconciler.first-poll", "3s",
                "vipps.reconciler.poll-interval", "1s", "vipps.reconciler.max-poll-interval", "5s",
                "vipps.reconciler.auto-capture-grace", "30s", "vipps.reconciler.give-up-after", "10m"));

        assertThat(own.firstPoll(START)).isEqualTo(START.plusSeconds(3));
        assertThat(own.backoff(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(own.backoff(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(own.backoff(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(own.backoff(5)).isEqualTo(Duration.ofSeconds(5));
        assertThat(fromNow(own.retrySoon())).isEqualTo(Duration.ofSeconds(1));
        assertThat(fromNow(own.afterUnexpectedError())).isEqualTo(Duration.ofSeconds(5));
        assertThat(fromNow(own.afterTransition(false, true, null))).isEqualTo(Duration.ofSeconds(30));
        assertThat(own.giveUpAfter()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aRetryAfterLongerThanTheBackoffIsWaitedFor() {
        assertThat(fromNow(schedule.afterVendorError(0, rateLimited(Duration.ofSeconds(30)))))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(fromNow(schedule.afterVendorError(0, unavailable(Duration.ofSeconds(30)))))
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aRetryAfterLongerThanTheCapIsStillWaitedFor() {
        assertThat(fromNow(schedule.afterVendorError(9, rateLimited(Duration.ofMinutes(5)))))
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aRetryAfterShorterThanTheBackoffIsTheNextReadNeitherSoonerNorLater() {
        // After eight reads the back-off is the 60 s cap; the vendor said it answers again in 1 s.
        assertThat(fromNow(schedule.afterVendorError(8, rateLimited(Duration.ofSeconds(1)))))
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(fromNow(schedule.afterVendorError(8, unavailable(Duration.ofSeconds(1)))))
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aRateLimitWithoutRetryAfterWaitsTheLongestPause() {
        assertThat(fromNow(schedule.afterVendorError(0, rateLimited(null)))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void otherVendorErrorsWithoutRetryAfterFollowTheBackoff() {
        VippsApiException down = unavailable(null);
        VippsApiException unreachable = new ApiConnectionException("no answer", true, null);

        assertThat(fromNow(schedule.afterVendorError(0, down))).isEqualTo(Duration.ofSeconds(2));
        assertThat(fromNow(schedule.afterVendorError(4, down))).isEqualTo(Duration.ofSeconds(8));
        assertThat(fromNow(schedule.afterVendorError(4, unreachable))).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void anUnexpectedFailureWaitsTheLongestPause() {
        assertThat(fromNow(schedule.afterUnexpectedError())).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aCompletionToTryAgainSoonIsReadOnePollIntervalLater() {
        assertThat(fromNow(schedule.retrySoon())).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aTransitionKeepsTheReadOfAnOpenPaymentAndStopsReadingAFinalOne() {
        Instant scheduled = START.plusSeconds(9);

        assertThat(schedule.afterTransition(true, false, scheduled)).isEqualTo(scheduled);
        assertThat(schedule.afterTransition(false, false, scheduled)).isNull();
    }

    @Test
    void anAuthorizationWithAnImmediateCaptureIsReadAgainAfterTheCaptureGrace() {
        assertThat(fromNow(schedule.afterTransition(false, true, START.plusSeconds(9))))
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theGraceIsOverOnceTheScheduledReadIsDue() {
        Instant graceEnds = schedule.afterTransition(false, true, null);

        assertThat(schedule.isDue(graceEnds)).isFalse();
        clock.set(graceEnds);
        assertThat(schedule.isDue(graceEnds)).isTrue();
        assertThat(schedule.isDue(null)).isFalse();
    }

    @Test
    void aRecoveredCaptureEndsPollingAndOneThatFailedIsTriedAfterTheLongestPause() {
        assertThat(schedule.afterCaptureRecovery(true)).isNull();
        assertThat(fromNow(schedule.afterCaptureRecovery(false))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void anOpenPaymentIsGivenUpOnTwoHoursAfterCreation() {
        Instant created = START;

        clock.set(created.plus(Duration.ofHours(2)));
        assertThat(schedule.givenUp(created)).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(schedule.givenUp(created)).isTrue();
        assertThat(schedule.giveUpAfter()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aFailedWebhookIsRetriedAfterTwoSecondsDoublingUpToFiveMinutes() {
        Instant now = START.truncatedTo(ChronoUnit.MILLIS);
        PollSchedule many = schedule(Map.of("vipps.webhooks.max-attempts", "20"));
        List<Duration> waits = new ArrayList<>();
        for (int attempts = 1; attempts <= 12; attempts++) {
            waits.add(Duration.between(now, many.webhookRetry(attempts)));
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(16), Duration.ofSeconds(32), Duration.ofSeconds(64), Duration.ofSeconds(128),
                Duration.ofSeconds(256), Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofMinutes(5),
                Duration.ofMinutes(5));
    }

    @Test
    void aWebhookThatFailedItsLastAttemptIsNotRetried() {
        assertThat(schedule.webhookRetry(9)).isNotNull();
        assertThat(schedule.webhookRetry(10)).isNull();
        assertThat(schedule(Map.of("vipps.webhooks.max-attempts", "3")).webhookRetry(3)).isNull();
    }

    @Test
    void webhookTimesAreInWholeMillisecondsLikeTheInboxsNow() {
        assertThat(schedule.webhookRetry(1)).isEqualTo(Instant.parse("2026-03-01T10:00:02.123Z"));
        assertThat(schedule.webhookClaimEnds()).isEqualTo(Instant.parse("2026-03-01T10:02:00.123Z"));
    }
}
