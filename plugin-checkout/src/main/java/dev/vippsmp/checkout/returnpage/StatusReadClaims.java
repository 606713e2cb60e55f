package dev.vippsmp.checkout.returnpage;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The right to ask the vendor about a payment for the return page, at most once per interval across every node that
 * shares the database ({@code vipps_checkout_status_read}). A claim is one conditional update (or, for the first
 * read of a payment, one insert that only one node can win), so it needs no lock and no transaction.
 */
public class StatusReadClaims {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration interval;

    public StatusReadClaims(JdbcClient jdbc, Clock clock, Duration interval) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.interval = interval;
    }

    /** True when this caller may read the payment now: no node has read it within the interval. */
    public boolean claim(String reference) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int renewed = jdbc.sql("update vipps_checkout_status_read set read_at = ? where reference = ? and read_at <= ?")
                .params(Timestamp.from(now), reference, Timestamp.from(now.minus(interval)))
                .update();
        if (renewed == 1) {
            return true;
        }
        try {
            jdbc.sql("insert into vipps_checkout_status_read (reference, read_at) values (?, ?)")
                    .params(reference, Timestamp.from(now))
                    .update();
            return true;
        } catch (DataIntegrityViolationException readRecently) {
            // The row exists and is recent: another page or node read the payment within the interval.
            return false;
        }
    }
}
