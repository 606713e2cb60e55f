package dev.vippsmp.core.telemetry;

import dev.vippsmp.core.client.ApiCallListener;
import dev.vippsmp.core.client.ApiCallRecord;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records every API call in {@code vipps_api_call} for the dashboard. Calls are queued in memory and written in
 * batches by a background job, so a call never waits for the database and a rolled-back business transaction
 * never loses its call record. Holds only operation, status, error code, title and category, latency, traceId and
 * time. The title is the vendor's, already cleared of anything the request carried (see {@link ApiCallRecord}).
 */
public class ApiCallLog implements ApiCallListener {

    /** The length of {@code vipps_api_call.error_title}; longer titles are cut to it. */
    public static final int ERROR_TITLE_LENGTH = 200;

    private static final Logger log = LoggerFactory.getLogger(ApiCallLog.class);
    private static final int CAPACITY = 10_000;
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final BlockingQueue<ApiCallRecord> pending = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();

    public ApiCallLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void onCall(ApiCallRecord call) {
        if (!pending.offer(call)) {
            dropped.incrementAndGet();
        }
    }

    /** Writes what is queued; returns how many rows were written. */
    public synchronized int flush() {
        int written = 0;
        List<ApiCallRecord> batch = new ArrayList<>(BATCH);
        while (pending.drainTo(batch, BATCH) > 0) {
            jdbc.batchUpdate("insert into vipps_api_call (operation, method, path_template, status, error_code, "
                    + "error_title, error_category, latency_ms, trace_id, attempt, called_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    batch, batch.size(), (statement, call) -> {
                        statement.setString(1, call.operation().name());
                        statement.setString(2, call.operation().method());
                        statement.setString(3, call.operation().pathTemplate());
                        statement.setInt(4, call.status());
                        statement.setString(5, StoredText.bounded(call.errorCode(), 20));
                        statement.setString(6, StoredText.line(call.errorTitle(), ERROR_TITLE_LENGTH));
                        statement.setString(7, call.errorCategory() == null ? null : call.errorCategory().name());
                        statement.setLong(8, call.latency().toMillis());
                        statement.setString(9, StoredText.bounded(call.traceId(), 100));
                        statement.setInt(10, call.attempt());
                        statement.setTimestamp(11, Timestamp.from(call.at()));
                    });
            written += batch.size();
            batch.clear();
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            log.warn("{} API call records were dropped because the log queue was full", lost);
        }
        return written;
    }

    /** Deletes entries older than the retention; returns how many. */
    public int prune(Duration retention) {
        return jdbc.update("delete from vipps_api_call where called_at < ?",
                Timestamp.from(clock.instant().minus(retention)));
    }
}
