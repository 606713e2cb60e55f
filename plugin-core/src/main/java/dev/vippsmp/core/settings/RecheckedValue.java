package dev.vippsmp.core.settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * A value kept in memory and read again at most once per interval: within the interval the kept value is
 * trusted, after it the reader is asked again, with the kept value, so that it may confirm it cheaply (by a
 * version) and hand it back unchanged. Settings live in a database several nodes share; this bounds how long a
 * node serves a change saved on another node, without a query on every use.
 *
 * <p>No locks: when the interval ends, threads that ask at that moment may each read; the value read last by
 * start wins. {@link #forget()} (after a save on this node) makes the next {@link #get()} read, and drops any read
 * that began before it, so a read racing a save cannot bring back what the save replaced.
 *
 * @param <T> the value; never null
 */
public final class RecheckedValue<T> {

    private final Clock clock;
    private final Duration interval;
    private final UnaryOperator<T> reader;
    private final AtomicLong starts = new AtomicLong();
    private final AtomicReference<Kept<T>> kept = new AtomicReference<>(new Kept<>(null, null, 0));

    /**
     * @param interval how long a value is trusted; zero reads on every {@link #get()}
     * @param reader reads the value, given the kept one (null at first and after {@link #forget()}); returns the
     *        kept instance itself when nothing changed, so callers can tell by identity
     */
    public RecheckedValue(Clock clock, Duration interval, UnaryOperator<T> reader) {
        this.clock = Objects.requireNonNull(clock);
        if (interval.isNegative()) {
            throw new IllegalArgumentException("The interval must not be negative: " + interval);
        }
        this.interval = interval;
        this.reader = Objects.requireNonNull(reader);
    }

    /** The kept value while it is trusted, else the value as read now. */
    public T get() {
        Kept<T> current = kept.get();
        Instant now = clock.instant();
        if (current.value() != null && current.trustedAt(now, interval)) {
            return current.value();
        }
        long start = starts.incrementAndGet();
        T value = Objects.requireNonNull(reader.apply(current.value()), "read value");
        kept.accumulateAndGet(new Kept<>(value, now, start), RecheckedValue::later);
        return value;
    }

    /** Drops the kept value, so the next {@link #get()} reads; call after the value changed on this node. */
    public void forget() {
        kept.accumulateAndGet(new Kept<>(null, null, starts.incrementAndGet()), RecheckedValue::later);
    }

    private static <T> Kept<T> later(Kept<T> current, Kept<T> offered) {
        return offered.start() > current.start() ? offered : current;
    }

    /** A value read at {@code readAt}, by the read or forget numbered {@code start}. */
    private record Kept<T>(T value, Instant readAt, long start) {

        /** A clock set back (as tests may) ends the trust too, rather than extending it. */
        boolean trustedAt(Instant now, Duration interval) {
            return !now.isBefore(readAt) && now.isBefore(readAt.plus(interval));
        }
    }
}
