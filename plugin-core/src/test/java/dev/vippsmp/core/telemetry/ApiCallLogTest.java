package dev.vippsmp.core.telemetry;

import static dev.vippsmp.testsupport.SimulatorDefaults.CLIENT_SECRET;
import static dev.vippsmp.testsupport.SimulatorDefaults.SUBSCRIPTION_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.core.client.ApiCallRecord;
import dev.vippsmp.core.client.ApiOperation;
import dev.vippsmp.core.client.errors.ErrorCategory;
import dev.vippsmp.core.payment.InitiationRequest;
import dev.vippsmp.core.support.PluginIntegrationTest;
import dev.vippsmp.core.support.Simulator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The call log behind the dashboard: every call recorded with operation, status, error code and latency, never a
 * secret; counts, error rates and latency percentiles per operation over a window; pruning; and the Micrometer
 * meters.
 */
class ApiCallLogTest extends PluginIntegrationTest {

    @Autowired
    private ApiCallLog log;
    @Autowired
    private ApiCallStatistics statistics;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void callsAreRecordedAndSummarisedPerOperationWithoutSecrets() {
        String order = shop.newOrder(1_000, false);
        String reference = payments.initiate(InitiationRequest.checkout(order, "https://shop.example/r")).reference();
        log.flush();
        jdbc.update("delete from vipps_api_call");
        for (int i = 0; i < 5; i++) {
            client.payments().get(reference);
        }
        Simulator.control().fault(
                "{\"action\":\"ERROR\",\"status\":400,\"errorCode\":\"6090\",\"operation\":\"getPayment\"}");
        assertThatThrownBy(() -> client.payments().get(reference)).isNotNull();

        List<OperationStats> stats = statistics.perOperation(Duration.ofHours(1));

        OperationStats reads = stats.stream().filter(s -> s.operation().equals("GET_PAYMENT")).findFirst()
                .orElseThrow();
        assertThat(reads.calls()).isEqualTo(6);
        assertThat(reads.errors()).isEqualTo(1);
        assertThat(reads.errorRate()).isEqualTo(1 / 6.0);
        assertThat(reads.pathTemplate()).isEqualTo("GET /epayment/v1/payments/{reference}");
        assertThat(reads.p50Millis()).isLessThanOrEqualTo(reads.p95Millis());
        assertThat(reads.p95Millis()).isLessThanOrEqualTo(reads.p99Millis());
        assertThat(reads.p99Millis()).isLessThanOrEqualTo(reads.maxMillis());
        assertThat(statistics.recent(10, true)).singleElement().satisfies(call -> {
            assertThat(call.status()).isEqualTo(400);
            assertThat(call.errorCode()).isEqualTo("6090");
            assertThat(call.errorCategory()).isEqualTo("STATE");
            assertThat(call.traceId()).isNotBlank();
        });
        List<Map<String, Object>> rows = jdbc.queryForList("select * from vipps_api_call");
        assertThat(rows.toString()).doesNotContain(reference).doesNotContain(CLIENT_SECRET)
                .doesNotContain(SUBSCRIPTION_KEY).doesNotContain("Bearer");
    }

    @Test
    void entriesOlderThanTheRetentionArePruned() {
        log.onCall(new ApiCallRecord(ApiOperation.GET_PAYMENT, 200, null, null, Duration.ofMillis(5),
                null, clock.instant().minus(Duration.ofDays(8)), 1));
        log.onCall(new ApiCallRecord(ApiOperation.GET_PAYMENT, 200, null, null, Duration.ofMillis(5),
                null, clock.instant(), 1));
        log.flush();
        Long before = jdbc.queryForObject("select count(*) from vipps_api_call", Long.class);

        assertThat(log.prune(Duration.ofDays(7))).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from vipps_api_call where called_at < ?", Long.class,
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(7))))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from vipps_api_call", Long.class)).isLessThan(before);
    }

    @Test
    void metersCountCallsAndTimeThemPerOperation() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ApiCallMetrics metrics = new ApiCallMetrics(registry);

        metrics.onCall(new ApiCallRecord(ApiOperation.CAPTURE_PAYMENT, 200, null, null, Duration.ofMillis(40), null,
                Instant.now(), 1));
        metrics.onCall(new ApiCallRecord(ApiOperation.CAPTURE_PAYMENT, 500, null, ErrorCategory.UNAVAILABLE,
                Duration.ofMillis(60), null, Instant.now(), 1));

        assertThat(registry.get("vipps.api.calls").tag("operation", "CAPTURE_PAYMENT").tag("outcome", "error")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("vipps.api.latency").tag("operation", "CAPTURE_PAYMENT").timer().count())
                .isEqualTo(2);
    }
}
