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
        return jdbc.query("select called_at, operation, method, path_template, status, error_code, error_category, "
                        + "latency_ms, trace_id, attempt from vipps_api_call"
                        + (errorsOnly ? " where error_category is not null" : "")
                        + " order by called_at desc, id desc",
                rs -> {
                    List<CallLogEntry> entries = new ArrayList<>();
                    while (rs.next() && entries.size() < limit) {
                        entries.add(new CallLogEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7),
                                rs.getLong(8), rs.getString(9), rs.getInt(10)));
                    }
                    return entries;
                });
    }

    /** Nearest-rank percentile of latencies sorted ascending. */
    static long percentile(List<long[]> sortedCalls, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sortedCalls.size());
        return sortedCalls.get(Math.max(0, rank - 1))[0];
    }
}
