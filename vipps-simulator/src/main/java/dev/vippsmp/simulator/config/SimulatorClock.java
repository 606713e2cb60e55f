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

    public void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
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
