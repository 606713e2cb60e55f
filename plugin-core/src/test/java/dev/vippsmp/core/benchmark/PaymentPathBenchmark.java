package dev.vippsmp.core.benchmark;

import static dev.vippsmp.testsupport.SimulatorDefaults.TEST_USER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.payment.InitiationRequest;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.Trigger;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.settings.CapturePolicy;
import dev.vippsmp.core.settings.SecretCipher;
import dev.vippsmp.core.settings.SettingsChange;
import dev.vippsmp.core.support.PostgresIntegrationTest;
import dev.vippsmp.core.support.Simulator;
import dev.vippsmp.core.webhook.WebhookDelivery;
import dev.vippsmp.core.webhook.WebhookInbox;
import dev.vippsmp.core.webhook.WebhookVerifier;
import dev.vippsmp.core.webhook.WebhookVerifier;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the money path costs: payments initiated, approved, completed and captured per second by several threads,
 * with each step's latency, against the simulator over loopback HTTP and real PostgreSQL; then verified webhook
 * deliveries stored per second; and the heap the plugin holds on to afterwards. Prints figures, asserts only that
 * every payment ended where it should (a benchmark of wrong results is worthless). Not part of the normal test
 * run: {@code mvn -B -pl plugin-core -am verify -Pbenchmarks} (see docs/benchmarks.md).
 */
@Tag("benchmark")
class PaymentPathBenchmark extends PostgresIntegrationTest {

    private static final int THREADS = Integer.getInteger("benchmark.threads", 8);
    private static final int PAYMENTS = Integer.getInteger("benchmark.payments", 400);
    private static final int WEBHOOKS = Integer.getInteger("benchmark.webhooks", 2000);
    private static final int WARMUP = 40;
    private static final String HOST = "shop.example";
    private static final String PATH = "/vipps/webhooks";

    @Autowired
    private WebhookVerifier verifier;
    @Autowired
    private WebhookInbox inbox;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private SecretCipher cipher;

    @Test
    void moneyPathWebhookIntakeAndRetainedHeap() throws Exception {
        manualCapture();
        runPayments(WARMUP, new Steps(WARMUP));
        long heapBefore = usedHeapAfterGc();

        Steps steps = new Steps(PAYMENTS);
        long started = System.nanoTime();
        List<String> references = runPayments(PAYMENTS, steps);
        double seconds = (System.nanoTime() - started) / 1e9;

        for (String reference : references) {
            Payment payment = payments.queries().find(reference).orElseThrow();
            assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
            assertThat(payment.capturedMinor()).isEqualTo(payment.authorizedMinor());
        }
        long heapAfter = usedHeapAfterGc();

        WebhookFigures webhooks = webhookIntake();

        System.out.println();
        System.out.printf("Money path (%d threads, %d payments, simulator in the same JVM, PostgreSQL): "
                + "%.1f payments/s, each 1 create + 1 approve + 1 completion (re-read) + 1 capture%n",
                THREADS, PAYMENTS, PAYMENTS / seconds);
        for (LatencyRecorder step : steps.all()) {
            System.out.println("  " + step.summary());
        }
        System.out.printf("Webhook intake (%d threads): %.0f verified deliveries stored/s; %s%n", THREADS,
                webhooks.perSecond(), webhooks.latency().summary());
        System.out.printf("Heap held after GC (simulator state reset; the test shop keeps its orders in memory): "
                + "%.1f MiB before, %.1f MiB after %d payments (%+.2f KiB each)%n",
                mib(heapBefore), mib(heapAfter), PAYMENTS, (heapAfter - heapBefore) / 1024.0 / PAYMENTS);
        System.out.println();
        assertThat(steps.capture().count()).isEqualTo(PAYMENTS);
    }

    private List<String> runPayments(int count, Steps steps) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long total = 10_000 + i;
                futures.add(pool.submit(() -> onePayment(total, steps)));
            }
            List<String> references = new ArrayList<>();
            for (Future<String> future : futures) {
                references.add(future.get(2, TimeUnit.MINUTES));
            }
            return references;
        } finally {
            pool.shutdownNow();
        }
    }

    private String onePayment(long total, Steps steps) {
        String order = shop.newOrder(total, true);
        long t = System.nanoTime();
        String reference = payments.initiation().initiate(InitiationRequest.checkout(order, "https://shop.example/r")).reference();
        steps.initiate().record(t);
        t = System.nanoTime();
        client.payments().forceApprove(reference, TEST_USER);
        steps.approve().record(t);
        t = System.nanoTime();
        payments.completion().complete(reference, Trigger.RETURN_PAGE);
        steps.complete().record(t);
        t = System.nanoTime();
        payments.money().capture(reference, total);
        steps.capture().record(t);
        return reference;
    }

    private WebhookFigures webhookIntake() throws Exception {
        String secret = "bench-secret-" + UUID.randomUUID();
        jdbc.update("delete from vipps_webhook_registration");
        jdbc.update("insert into vipps_webhook_registration (id, url, events, secret_enc, created_at) "
                + "values (?, ?, 'epayments.payment.authorized.v1', ?, now())", UUID.randomUUID().toString(),
                "https://" + HOST + PATH, cipher.encrypt(secret));
        List<WebhookDelivery> deliveries = new ArrayList<>();
        for (int i = 0; i < WEBHOOKS; i++) {
            // References the shop never made: stored and ignored, so the figure is the intake alone.
            deliveries.add(delivery(secret, "bench-" + UUID.randomUUID()));
        }
        LatencyRecorder latency = new LatencyRecorder("receive", WEBHOOKS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long started = System.nanoTime();
        try {
            List<Future<WebhookInbox.Receipt>> receipts = new ArrayList<>();
            for (WebhookDelivery delivery : deliveries) {
                receipts.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    WebhookInbox.Receipt receipt = inbox.store(verifier.verify(delivery));
                    latency.record(t);
                    return receipt;
                }));
            }
            for (Future<WebhookInbox.Receipt> receipt : receipts) {
                assertThat(receipt.get(1, TimeUnit.MINUTES)).isEqualTo(WebhookInbox.Receipt.STORED);
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new WebhookFigures(WEBHOOKS / seconds, latency);
    }

    private WebhookDelivery delivery(String secret, String reference) {
        String body = "{\"msn\":\"123456\",\"reference\":\"" + reference + "\",\"pspReference\":\"psp-" + reference
                + "\",\"name\":\"AUTHORIZED\",\"amount\":{\"currency\":\"NOK\",\"value\":1000},"
                + "\"timestamp\":\"2026-03-01T10:00:00Z\",\"success\":true}";
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atOffset(ZoneOffset.UTC));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String hash = WebhookVerifier.contentHash(bytes);
        return new WebhookDelivery(HOST, PATH, Map.of("x-ms-date", date, "x-ms-content-sha256", hash,
                "Authorization", WebhookVerifier.authorizationHeader(
                        WebhookVerifier.signature(secret, PATH, date, HOST, hash))), bytes);
    }

    private void manualCapture() {
        settings.update(SettingsChange.none().withCapture(SettingsChange.Capture.policy(CapturePolicy.MANUAL)),
                "benchmark");
    }

    /**
     * The heap in use after collections, without the simulator's state: it runs in this JVM and keeps every
     * payment and its request journal in memory, which a shop's JVM would not hold.
     */
    private static long usedHeapAfterGc() throws InterruptedException {
        Simulator.control().reset();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private record Steps(LatencyRecorder initiate, LatencyRecorder approve, LatencyRecorder complete,
            LatencyRecorder capture) {

        Steps(int capacity) {
            this(new LatencyRecorder("initiate", capacity), new LatencyRecorder("approve (app)", capacity),
                    new LatencyRecorder("complete", capacity), new LatencyRecorder("capture", capacity));
        }

        List<LatencyRecorder> all() {
            return List.of(initiate, approve, complete, capture);
        }
    }

    private record WebhookFigures(double perSecond, LatencyRecorder latency) {
    }
}
