package dev.vippsmp.core.client;

import java.time.Duration;

/**
 * How a failed call is repeated: at most {@code maxRetries} more times, waiting {@code initialDelay} times
 * {@code multiplier} to the power of the retry number, capped at {@code maxDelay}, plus or minus up to
 * {@code jitter}. A {@code Retry-After} from the vendor lengthens the wait; one longer than {@code maxRetryAfter}
 * ends the retries, because a caller should not be held that long.
 */
public record RetrySettings(int maxRetries, Duration initialDelay, double multiplier, Duration maxDelay,
        Duration jitter, Duration maxRetryAfter) {

    public static RetrySettings defaults() {
        return new RetrySettings(3, Duration.ofMillis(500), 2.0, Duration.ofSeconds(5), Duration.ofMillis(200),
                Duration.ofSeconds(10));
    }
}
