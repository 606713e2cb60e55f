package dev.vippsmp.core.benchmark;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Collects one step's latencies from many threads and prints them as percentiles. */
final class LatencyRecorder {

    private final String step;
    private final long[] nanos;
    private final AtomicInteger count = new AtomicInteger();

    LatencyRecorder(String step, int capacity) {
        this.step = step;
        this.nanos = new long[capacity];
    }

    void record(long startNanos) {
        nanos[count.getAndIncrement()] = System.nanoTime() - startNanos;
    }

    int count() {
        return count.get();
    }

    /** E.g. "initiate        n=400  p50=3.1 ms  p95=6.0 ms  p99=9.2 ms  max=14.0 ms". */
    String summary() {
        long[] sorted = Arrays.copyOf(nanos, count.get());
        Arrays.sort(sorted);
        return String.format("%-16s n=%-6d p50=%6.1f ms  p95=%6.1f ms  p99=%6.1f ms  max=%6.1f ms", step,
                sorted.length, millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99), millis(sorted, 1.0));
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / (double) TimeUnit.MILLISECONDS.toNanos(1);
    }
}
