package dev.vippsmp.simulator.limits;

import dev.vippsmp.simulator.config.Resettable;
import dev.vippsmp.simulator.config.SimulatorClock;
import dev.vippsmp.simulator.config.SimulatorProperties;
import dev.vippsmp.simulator.http.ApiProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The vendor's rate limits, counted per reference rather than globally: 5 calls a minute for create, capture, refund
 * and cancel (per MSN), 120 a minute for reads (per subscription key). A call over the limit gets 429 with
 * {@code Retry-After}. Windows slide on the simulator's clock; the limits can be switched off for load tests.
 */
@Component
public class RateLimiter implements Resettable {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<String, Deque<Instant>> calls = new ConcurrentHashMap<>();
    private final SimulatorClock clock;
    private final SimulatorProperties.RateLimits limits;
    private final AtomicBoolean enabled;

    RateLimiter(SimulatorClock clock, SimulatorProperties properties) {
        this.clock = clock;
        this.limits = properties.rateLimits();
        this.enabled = new AtomicBoolean(limits.enabled());
    }

    /** Counts a modification (create, capture, refund, cancel) of one reference. */
    public void modification(String operation, String msn, String reference) {
        count(operation + "|" + msn + "|" + reference, limits.modificationsPerMinute());
    }

    /** Counts a read (get payment, get events) of one reference. */
    public void read(String operation, String subscriptionKey, String reference) {
        count(operation + "|" + subscriptionKey + "|" + reference, limits.readsPerMinute());
    }

    public boolean enabled() {
        return enabled.get();
    }

    public void setEnabled(boolean on) {
        enabled.set(on);
    }

    private void count(String bucket, int limit) {
        if (!enabled.get()) {
            return;
        }
        Instant now = clock.instant();
        Deque<Instant> window = calls.computeIfAbsent(bucket, key -> new ArrayDeque<>());
        synchronized (window) {
            while (!window.isEmpty() && !window.peekFirst().isAfter(now.minus(WINDOW))) {
                window.pollFirst();
            }
            if (window.size() >= limit) {
                long wait = Math.max(1, Duration.between(now, window.peekFirst().plus(WINDOW)).toMillis() / 1000 + 1);
                throw ApiProblem.of(HttpStatus.TOO_MANY_REQUESTS, "Rate limit is exceeded: at most " + limit
                        + " calls a minute for this operation and reference. Try again in " + wait + " seconds.")
                        .withHeader("Retry-After", String.valueOf(wait));
            }
            window.addLast(now);
        }
    }

    @Override
    public void reset() {
        calls.clear();
        enabled.set(limits.enabled());
    }
}
