package dev.vippsmp.core.payment;

import static dev.vippsmp.testsupport.SimulatorDefaults.TEST_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vippsmp.core.reconcile.Reconciler;
import dev.vippsmp.core.settings.CapturePolicy;
import dev.vippsmp.core.settings.SecretCipher;
import dev.vippsmp.core.settings.SettingsChange;
import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.support.PostgresIntegrationTest;
import dev.vippsmp.core.support.Simulator;
import dev.vippsmp.core.webhook.WebhookDelivery;
import dev.vippsmp.core.webhook.WebhookInbox;
import dev.vippsmp.core.webhook.WebhookVerifier;
import dev.vippsmp.core.webhook.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Exactly-once completion on real PostgreSQL: the return page, two copies of the same webhook and the reconciler
 * hit the same freshly approved payment at the same moment, many times over. Each time the shop is told
 * AUTHORIZED once and PAID once, the vendor sees one capture, and the stored totals match the vendor's.
 */
class ExactlyOnceCompletionTest extends PostgresIntegrationTest {

    private static final int ROUNDS = 25;
    private static final String HOST = "shop.example";
    private static final String PATH = "/vipps/webhooks";
    private static final String SECRET = "race-secret-" + UUID.randomUUID();
    private static ExecutorService pool;

    @Autowired
    private WebhookVerifier verifier;
    @Autowired
    private WebhookInbox inbox;
    @Autowired
    private Reconciler reconciler;
    @Autowired
    private SecretCipher cipher;
    @Autowired
    private JdbcTemplate jdbc;

    @BeforeAll
    static void threads() {
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void returnPageTwoWebhookCopiesAndTheReconcilerCompleteAPaymentExactlyOnce() throws Exception {
        jdbc.update("delete from vipps_webhook_registration");
        jdbc.update("insert into vipps_webhook_registration (id, url, events, secret_enc, created_at) "
                + "values (?, ?, 'epayments.payment.authorized.v1', ?, now())", UUID.randomUUID().toString(),
                "https://" + HOST + PATH, cipher.encrypt(SECRET));
        settings.update(SettingsChange.none().withCapture(
                SettingsChange.Capture.policy(CapturePolicy.ON_AUTHORIZATION)), "race-test");

        for (int round = 0; round < ROUNDS; round++) {
            race(round);
        }
    }

    private void race(int round) throws Exception {
        long total = 10_000 + round;
        String order = shop.newOrder(total, false);
        String reference = payments.initiation().initiate(InitiationRequest.checkout(order, "https://shop.example/r"))
                .reference();
        client.payments().forceApprove(reference, TEST_USER);
        clock.advance(Duration.ofSeconds(6)); // the reconciler's first poll is due
        WebhookDelivery webhook = authorizedWebhook(reference);

        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Object>> contenders = List.of(
                () -> payments.completion().complete(reference, Trigger.RETURN_PAGE),
                () -> inbox.store(verifier.verify(webhook)),
                () -> inbox.store(verifier.verify(webhook)),
                () -> reconciler.runOnce());
        List<Future<Object>> results = new ArrayList<>();
        for (Callable<Object> contender : contenders) {
            results.add(pool.submit(() -> {
                start.await();
                return contender.call();
            }));
        }
        start.countDown();
        List<Object> answers = new ArrayList<>();
        for (Future<Object> result : results) {
            answers.add(result.get(30, TimeUnit.SECONDS));
        }
        assertThat(answers).filteredOn(WebhookInbox.Receipt.STORED::equals).hasSize(1);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(inbox.find(reference, "AUTHORIZED", "psp-" + reference).orElseThrow().outcome())
                    .isEqualTo("PROCESSED");
            assertThat(payments.queries().find(reference).orElseThrow().status()).isEqualTo(PaymentStatus.CAPTURED);
        });
        assertThat(shop.outcomes(order)).as("round %d", round).extracting(PaymentOutcome::kind)
                .containsExactly(PaymentOutcome.Kind.AUTHORIZED, PaymentOutcome.Kind.PAID);
        assertThat(Simulator.control().journal(reference)).as("captures in round %d", round)
                .filteredOn(e -> "capturePayment".equals(e.get("operation").asString())).hasSize(1);
        Payment stored = payments.queries().find(reference).orElseThrow();
        assertThat(stored.capturedMinor()).isEqualTo(total);
        assertThat(stored.authorizedMinor()).isEqualTo(total);
        assertThat(stored.version()).as("one stored change per transition").isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from vipps_webhook_inbox where reference = ?", Long.class,
                reference)).isEqualTo(1);
    }

    private WebhookDelivery authorizedWebhook(String reference) {
        String body = "{\"msn\":\"123456\",\"reference\":\"" + reference + "\",\"pspReference\":\"psp-" + reference
                + "\",\"name\":\"AUTHORIZED\",\"amount\":{\"currency\":\"NOK\",\"value\":1000},"
                + "\"timestamp\":\"2026-03-01T10:00:00Z\",\"success\":true}";
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atOffset(ZoneOffset.UTC));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String hash = WebhookVerifier.contentHash(bytes);
        return new WebhookDelivery(HOST, PATH, Map.of("x-ms-date", date, "x-ms-content-sha256", hash,
                "Authorization", WebhookVerifier.authorizationHeader(
                        WebhookVerifier.signature(SECRET, PATH, date, HOST, hash))), bytes);
    }
}
