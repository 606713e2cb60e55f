package dev.vippsmp.core.telemetry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the API call log for the dashboard: per-operation counts, error rates and latency percentiles. */
public class ApiCallStatistics {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApiCallLog log;

    public ApiCallStatistics(JdbcTemplate jdbc, Clock clock, ApiCallLog log) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.log = log;
    }

    /** Statistics per operation over the last {@code window} (e.g. an hour, a day), busiest first. */
    public List<OperationStats> perOperation(Duration window) {
        log.flush();
        Map<String, List<long[]>> byOperation = new LinkedHashMap<>();
        Map<String, String> templates = new LinkedHashMap<>();
        jdbc.query("select operation, method, path_template, latency_ms, error_category from vipps_api_call "
                        + "where called_at >= ? order by operation, latency_ms",
                row -> {
                    String operation = row.getString(1);
                    templates.putIfAbsent(operation, row.getString(2) + " " + row.getString(3));
                    byOperation.computeIfAbsent(operation, key -> new ArrayList<>())
                            .add(new long[] {row.getLong(4), row.getString(5) == null ? 0 : 1});
                },
                Timestamp.from(clock.instant().minus(window)));
        List<OperationStats> stats = new ArrayList<>();
        byOperation.forEach((operation, calls) -> {
            long errors = calls.stream().filter(call -> call[1] == 1).count();
            stats.add(new OperationStats(operation, templates.get(operation), calls.size(), errors,
                    percentile(calls, 50), percentile(calls, 95), percentile(calls, 99),
                    calls.get(calls.size() - 1)[0]));
        });
        stats.sort((a, b) -> Long.compare(b.calls(), a.calls()));
        return stats;
    }

    /** The latest calls, newest first; only failed ones when {@code errorsOnly}. */
    public List<CallLogEntry> recent(int limit, boolean errorsOnly) {
        log.flush();
        return jdbc.query("select called_at, operation, method, path_template, status, error_code, error_title, "
                        + "error_category, latency_ms, trace_id, attempt from vipps_api_call"
                        + (errorsOnly ? " where error_category is not null" : "")
                        + " order by called_at desc, id desc",
                rs -> {
                    List<CallLogEntry> entries = new ArrayList<>();
                    while (rs.next() && entries.size() < limit) {
                        entries.add(new CallLogEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getLong(9), rs.getString(10), rs.getInt(11)));
                    }
                    return entries;
                });
    }

    /**
     * The nearest-rank percentile of latencies sorted ascending: the smallest latency that at least {@code percent}
     * of the calls did not exceed, i.e. the one at rank {@code ceil(percent / 100 * n)} (1-based), always a latency
     * that was measured, never an interpolation. Of the latencies 1 to 100 ms, p50 is 50 ms and p95 95 ms; of 10,
     * 20, ..., 100 ms, p50 is 50 ms and p95 and p99 are 100 ms. The rank is counted in whole numbers, since a
     * floating-point {@code percent / 100.0 * n} lands just above the integer for some percentages (7 % of 100 is
     * 7.000000000000001) and would pick the next latency up.
     */
    static long percentile(List<long[]> sortedCalls, int percent) {
        long rank = ((long) percent * sortedCalls.size() + 99) / 100;
        return sortedCalls.get((int) Math.max(0, rank - 1))[0];
    }
}
