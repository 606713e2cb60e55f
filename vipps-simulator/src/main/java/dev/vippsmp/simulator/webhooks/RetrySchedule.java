package dev.vippsmp.simulator.webhooks;

import java.time.Duration;

/**
 * The vendor's retry schedule for failed webhook deliveries: about every 2 s for the first four tries, then after
 * 60 s and 120 s, then hourly up to try 29, then daily, for up to 7 days. The simulator multiplies every wait by
 * {@code simulator.webhooks.retry-time-scale} so that tests see the whole schedule in seconds.
 */
final class RetrySchedule {

    private RetrySchedule() {
    }

    /** The wait before try {@code attempt} (2 or more), unscaled. */
    static Duration waitBefore(int attempt) {
        if (attempt <= 4) {
            return Duration.ofSeconds(2);
        }
        if (attempt == 5) {
            return Duration.ofSeconds(60);
        }
        if (attempt == 6) {
            return Duration.ofSeconds(120);
        }
        if (attempt <= 29) {
            return Duration.ofHours(1);
        }
        return Duration.ofDays(1);
    }

    static Duration scaled(Duration duration, double scale) {
        return Duration.ofNanos(Math.max(1_000_000L, (long) (duration.toNanos() * scale)));
    }
}
