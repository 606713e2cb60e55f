package dev.vippsmp.core.client.internal;

import dev.vippsmp.core.client.RetrySettings;
import dev.vippsmp.core.client.Sleeper;
import dev.vippsmp.core.client.errors.RateLimitException;
import dev.vippsmp.core.client.errors.ServiceUnavailableException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * Bounded exponential back-off with jitter that honours the vendor's {@code Retry-After}. It waits through the injected
 * {@link Sleeper} and hands {@link org.springframework.core.retry.RetryTemplate} a zero delay, so tests never
 * sleep and can read every wait that would have happened.
 */
final class VendorBackOff implements BackOff {

    private final RetrySettings settings;
    private final Sleeper sleeper;
    private final AtomicReference<Throwable> lastFailure;

    VendorBackOff(RetrySettings settings, Sleeper sleeper, AtomicReference<Throwable> lastFailure) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.lastFailure = lastFailure;
    }

    @Override
    public BackOffExecution start() {
        return new BackOffExecution() {
            private int retries;

            @Override
            public long nextBackOff() {
                if (retries >= settings.maxRetries()) {
                    return STOP;
                }
                Duration wait = delay(retries++, retryAfter(lastFailure.get()));
                if (wait == null) {
                    return STOP;
                }
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return STOP;
                }
                return 0;
            }
        };
    }

    /** The wait before retry number {@code retry} (0-based), or null when the vendor asked for too long a wait. */
    Duration delay(int retry, Duration retryAfter) {
        if (retryAfter != null && retryAfter.compareTo(settings.maxRetryAfter()) > 0) {
            return null;
        }
        double base = settings.initialDelay().toMillis() * Math.pow(settings.multiplier(), retry);
        long capped = (long) Math.min(base, settings.maxDelay().toMillis());
        long jitter = settings.jitter().toMillis();
        long jittered = jitter > 0 ? capped + ThreadLocalRandom.current().nextLong(-jitter, jitter + 1) : capped;
        Duration wait = Duration.ofMillis(Math.max(0, jittered));
        return retryAfter != null && retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
    }

    private static Duration retryAfter(Throwable failure) {
        if (failure instanceof RateLimitException rateLimited) {
            return rateLimited.retryAfter();
        }
        if (failure instanceof ServiceUnavailableException unavailable) {
            return unavailable.retryAfter();
        }
        return null;
    }
}
