package dev.vippsmp.recurring.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a non-final agreement or charge is read again: {@code vipps.recurring.poll-interval} after the first read,
 * doubling per read up to {@code vipps.recurring.max-poll-interval}, so a charge waiting weeks for its due date costs
 * a handful of reads, and the vendor's rate limits are never near.
 */
public final class PollBackoff {

    private final Duration first;
    private final Duration longest;
    private final Clock clock;

    public PollBackoff(Duration first, Duration longest, Clock clock) {
        this.first = first;
        this.longest = longest;
        this.clock = clock;
    }

    /** The time of read number {@code attempt} (1 for the first read after the one just made). */
    public Instant next(int attempt) {
        Duration wait = first;
        for (int i = 1; i < attempt && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return clock.instant().plus(wait.compareTo(longest) < 0 ? wait : longest);
    }
}
