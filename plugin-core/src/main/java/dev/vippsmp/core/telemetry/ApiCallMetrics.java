package dev.vippsmp.core.telemetry;

import dev.vippsmp.core.client.ApiCallListener;
import dev.vippsmp.core.client.ApiCallRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Micrometer metrics of API calls: {@code vipps.api.calls} counted by operation, status and outcome, and
 * {@code vipps.api.latency} timed by operation.
 */
public class ApiCallMetrics implements ApiCallListener {

    private final MeterRegistry registry;

    public ApiCallMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onCall(ApiCallRecord call) {
        Counter.builder("vipps.api.calls")
                .description("Calls to the Vipps MobilePay APIs")
                .tag("operation", call.operation().name())
                .tag("status", Integer.toString(call.status()))
                .tag("outcome", call.isError() ? "error" : "success")
                .tag("category", call.errorCategory() == null ? "none" : call.errorCategory().name())
                .register(registry)
                .increment();
        Timer.builder("vipps.api.latency")
                .description("Latency of calls to the Vipps MobilePay APIs")
                .tag("operation", call.operation().name())
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry)
                .record(call.latency());
    }
}
