package dev.vippsmp.recurring.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as every supported driver binds them (PostgreSQL's takes no {@link Instant}), in whole milliseconds. */
final class Timestamps {

    private Timestamps() {
    }

    static Timestamp of(Instant instant) {
        return instant == null ? null : Timestamp.from(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
