package dev.vippsmp.core.telemetry;

/**
 * Calls of one operation in a time window. Latencies in milliseconds; percentiles by the nearest-rank method.
 *
 * @param operation the operation's name (e.g. CREATE_PAYMENT)
 * @param pathTemplate its method and path template
 */
public record OperationStats(String operation, String pathTemplate, long calls, long errors, long p50Millis,
        long p95Millis, long p99Millis, long maxMillis) {

    /** Errors as a fraction of calls, 0 when there were none. */
    public double errorRate() {
        return calls == 0 ? 0 : (double) errors / calls;
    }
}
