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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The call log behind the dashboard: every call recorded with operation, status, error code, the vendor's title and
 * latency, never a secret; counts, error rates and nearest-rank latency percentiles per operation over a window;
 * pruning; and the Micrometer meters.
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
        String reference = payments.initiation().initiate(InitiationRequest.checkout(order, "https://shop.example/r")).reference();
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
            assertThat(call.errorTitle()).isEqualTo("Capture amount too high");
            assertThat(call.traceId()).isNotBlank();
        });
        List<Map<String, Object>> rows = jdbc.queryForList("select * from vipps_api_call");
        assertThat(rows.toString()).doesNotContain(reference).doesNotContain(CLIENT_SECRET)
                .doesNotContain(SUBSCRIPTION_KEY).doesNotContain("Bearer");
    }

    @Test
    void latencyPercentilesAreTheNearestRankOfTheCallsInTheWindow() {
        log.flush();
        jdbc.update("delete from vipps_api_call");
        List<Long> oneTo100 = LongStream.rangeClosed(1, 100).boxed().collect(Collectors.toList());
        Collections.shuffle(oneTo100, new Random(7));
        oneTo100.forEach(millis -> call(ApiOperation.GET_PAYMENT_EVENTS, millis, Duration.ofMinutes(5)));
        // Outside the hour, inside the day: it moves the day's ranks by one.
        call(ApiOperation.GET_PAYMENT_EVENTS, 10_000, Duration.ofHours(2));
        LongStream.of(70, 10, 100, 40, 90, 20, 60, 30, 80, 50)
                .forEach(millis -> call(ApiOperation.CANCEL_PAYMENT, millis, Duration.ofMinutes(1)));

        Map<String, OperationStats> hour = byOperation(statistics.perOperation(Duration.ofHours(1)));
        Map<String, OperationStats> day = byOperation(statistics.perOperation(Duration.ofDays(1)));

        // Ranks ceil(p / 100 * n), 1-based: always a measured latency, never one interpolated between two.
        assertThat(hour.get("GET_PAYMENT_EVENTS")).extracting(OperationStats::calls, OperationStats::p50Millis,
                OperationStats::p95Millis, OperationStats::p99Millis, OperationStats::maxMillis)
                .containsExactly(100L, 50L, 95L, 99L, 100L);
        assertThat(day.get("GET_PAYMENT_EVENTS")).extracting(OperationStats::calls, OperationStats::p50Millis,
                OperationStats::p95Millis, OperationStats::p99Millis, OperationStats::maxMillis)
                .containsExactly(101L, 51L, 96L, 100L, 10_000L);
        assertThat(hour.get("CANCEL_PAYMENT")).extracting(OperationStats::calls, OperationStats::p50Millis,
                OperationStats::p95Millis, OperationStats::p99Millis, OperationStats::maxMillis)
                .containsExactly(10L, 50L, 100L, 100L, 100L);
    }

    @Test
    void theRankIsCountedExactlyForEveryPercentage() {
        List<long[]> oneTo100 = LongStream.rangeClosed(1, 100).mapToObj(millis -> new long[] {millis, 0}).toList();

        // 7 / 100.0 * 100 is 7.000000000000001 in floating point, whose ceiling would pick 8 ms.
        for (int percent = 1; percent <= 100; percent++) {
            assertThat(ApiCallStatistics.percentile(oneTo100, percent)).as("p%d", percent).isEqualTo(percent);
        }
        assertThat(ApiCallStatistics.percentile(List.<long[]>of(new long[] {42, 0}), 1)).isEqualTo(42);
    }

    @Test
    void aTitleIsStoredOnOneLineAndCutToTheColumnWithoutHalvingACharacter() {
        log.flush();
        jdbc.update("delete from vipps_api_call");
        String emoji = "\uD83D\uDCB3";
        // The card emoji's two UTF-16 units straddle the column's last place.
        String title = "Refused:\n  card\tdeclined " + "x".repeat(ApiCallLog.ERROR_TITLE_LENGTH - 24) + emoji + "yz";
        log.onCall(new ApiCallRecord(ApiOperation.CAPTURE_PAYMENT, 400, "6090", title, ErrorCategory.STATE,
                Duration.ofMillis(5), "trace-1", clock.instant(), 1));
        log.onCall(new ApiCallRecord(ApiOperation.REFUND_PAYMENT, 400, "6150", " \r\n ", ErrorCategory.STATE,
                Duration.ofMillis(5), "trace-2", clock.instant(), 1));

        Map<String, String> titles = new HashMap<>();
        statistics.recent(10, true).forEach(call -> titles.put(call.operation(), call.errorTitle()));

        String stored = titles.get("CAPTURE_PAYMENT");
        assertThat(stored).startsWith("Refused: card declined xxx").doesNotContain("\n", "\t", "  ")
                .endsWith("x").hasSize(ApiCallLog.ERROR_TITLE_LENGTH - 1);
        assertThat(titles).containsEntry("REFUND_PAYMENT", null);
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

    private void call(ApiOperation operation, long millis, Duration ago) {
        log.onCall(new ApiCallRecord(operation, 200, null, null, Duration.ofMillis(millis), null,
                clock.instant().minus(ago), 1));
    }

    private static Map<String, OperationStats> byOperation(List<OperationStats> stats) {
        return stats.stream().collect(Collectors.toMap(OperationStats::operation, Function.identity()));
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
