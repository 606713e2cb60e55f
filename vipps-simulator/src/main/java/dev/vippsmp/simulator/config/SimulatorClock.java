package dev.vippsmp.simulator.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulator's notion of now: the system clock plus an offset that tests move forward, so that expiry, token
 * lifetime, rate-limit windows and capture deadlines can be tested without waiting.
 */
public final class SimulatorClock extends Clock {

    /**
     * How far ahead of real time the clock may run. Every deadline the simulator knows (a year to refund, a week of
     * consent) fits well inside; without a cap an offset could overflow {@link Instant} and break every request that
     * reads the time.
     */
    public static final Duration MAX_OFFSET = Duration.ofDays(3653);

    private final Clock system;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public SimulatorClock(Clock system) {
        this.system = system;
    }

    /** Now, to the millisecond, as the vendor's timestamps are. */
    public Instant now() {
        return instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public Duration offset() {
        return offset.get();
    }

    /**
     * Moves the clock forward.
     *
     * @throws IllegalArgumentException when the duration is negative or would take the clock more than
     *         {@link #MAX_OFFSET} ahead of real time; the clock is then left as it was
     */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("must not be negative: the clock only moves forward");
        }
        Duration current;
        do {
            current = offset.get();
            // Compared before adding, so that not even a huge duration can overflow.
            if (duration.compareTo(MAX_OFFSET.minus(current)) > 0) {
                throw new IllegalArgumentException("would take the clock more than " + MAX_OFFSET.toDays()
                        + " days (10 years) ahead of real time; it is " + current + " ahead now, and a reset "
                        + "rewinds it");
            }
        } while (!offset.compareAndSet(current, current.plus(duration)));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system.withZone(zone), offset.get());
    }
}
