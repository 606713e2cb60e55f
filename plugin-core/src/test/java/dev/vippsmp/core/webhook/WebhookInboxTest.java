package dev.vippsmp.core.webhook;

import static dev.vippsmp.testsupport.SimulatorDefaults.TEST_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.vippsmp.core.client.errors.SignatureVerificationException;
import dev.vippsmp.core.payment.Initiation;
import dev.vippsmp.core.payment.InitiationRequest;
import dev.vippsmp.core.payment.PaymentCompletion;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.polling.PollSchedule;
import dev.vippsmp.core.settings.SecretCipher;
import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.support.PluginIntegrationTest;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A delivery's three steps on a real database: verified (against the stored registration), stored once, then
 * dispatched through the completion path; duplicates are no-ops; unknown references are stored and ignored;
 * anything that does not verify stores nothing; a failed dispatch is retried.
 */
class WebhookInboxTest extends PluginIntegrationTest {

    private static final String SECRET = "webhook-secret-" + UUID.randomUUID();
    private static final String HOST = "shop.example";
    private static final String PATH = "/vipps/webhooks";

    @Autowired
    private WebhookVerifier verifier;
    @Autowired
    private WebhookInbox inbox;
    @Autowired
    private WebhookDispatcher dispatcher;
    @Autowired
    private SecretCipher cipher;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EntityManager entityManager;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private PaymentCompletion completion;
    @Autowired
    private PollSchedule schedule;

    @BeforeEach
    void registration() {
        jdbc.update("delete from vipps_webhook_registration");
        jdbc.update("insert into vipps_webhook_registration (id, url, events, secret_enc, msn, created_at) "
                + "values (?, ?, ?, ?, ?, current_timestamp)", UUID.randomUUID().toString(),
                "https://" + HOST + PATH, "epayments.payment.authorized.v1", cipher.encrypt(SECRET), "123456");
    }

    private WebhookDelivery signed(String body, String secret) {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atOffset(ZoneOffset.UTC));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String hash = WebhookVerifier.contentHash(bytes);
        Map<String, String> headers = new HashMap<>(Map.of("x-ms-date", date, "x-ms-content-sha256", hash,
                "Authorization", WebhookVerifier.authorizationHeader(
                        WebhookVerifier.signature(secret, PATH, date, HOST, hash))));
        return new WebhookDelivery(HOST, PATH, headers, bytes);
    }

    /** What the shop's endpoint does: verify, then store. */
    private WebhookInbox.Receipt receive(WebhookDelivery delivery) {
        return inbox.store(verifier.verify(delivery));
    }

    private static String event(String reference, String name, String pspReference) {
        return "{\"msn\":\"123456\",\"reference\":\"" + reference + "\",\"pspReference\":\"" + pspReference
                + "\",\"name\":\"" + name + "\",\"amount\":{\"currency\":\"NOK\",\"value\":1000},"
                + "\"timestamp\":\"2026-03-01T10:00:00Z\",\"idempotencyKey\":null,\"success\":true}";
    }

    private long stored(String reference) {
        return jdbc.queryForObject("select count(*) from vipps_webhook_inbox where reference = ?", Long.class,
                reference);
    }

    @Test
    void aVerifiedDeliveryIsStoredThenCompletesThePaymentOnceAndItsDuplicateIsANoOp() {
        String order = shop.newOrder(1_000, true);
        Initiation initiation = payments.initiation().initiate(InitiationRequest.checkout(order, "https://shop.example/r"));
        client.payments().forceApprove(initiation.reference(), TEST_USER);
        String body = event(initiation.reference(), "AUTHORIZED", "psp-event-1");

        assertThat(receive(signed(body, SECRET))).isEqualTo(WebhookInbox.Receipt.STORED);
        assertThat(receive(signed(body, SECRET))).isEqualTo(WebhookInbox.Receipt.DUPLICATE);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                inbox.find(initiation.reference(), "AUTHORIZED", "psp-event-1").orElseThrow().outcome())
                .isEqualTo("PROCESSED"));
        assertThat(payments.queries().find(initiation.reference()).orElseThrow().status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(shop.outcomes(order)).extracting(PaymentOutcome::kind)
                .containsExactly(PaymentOutcome.Kind.AUTHORIZED);
        assertThat(stored(initiation.reference())).isEqualTo(1);
    }

    @Test
    void whenTheShopRefusesTheOutcomeNothingIsLostAndTheDeliveryIsProcessedAgainLater() {
        String order = shop.newOrder(1_100, true);
        Initiation initiation = payments.initiation().initiate(InitiationRequest.checkout(order, "https://shop.example/r"));
        client.payments().forceApprove(initiation.reference(), TEST_USER);
        shop.refuseNextOutcome();

        receive(signed(event(initiation.reference(), "AUTHORIZED", "psp-retry"), SECRET));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                inbox.find(initiation.reference(), "AUTHORIZED", "psp-retry").orElseThrow().lastError())
                .contains("could not store"));
        assertThat(payments.queries().find(initiation.reference()).orElseThrow().status()).isEqualTo(PaymentStatus.CREATED);
        assertThat(shop.outcomes(order)).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        dispatcher.processPending(100);

        assertThat(inbox.find(initiation.reference(), "AUTHORIZED", "psp-retry").orElseThrow().outcome())
                .isEqualTo("PROCESSED");
        assertThat(payments.queries().find(initiation.reference()).orElseThrow().status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(shop.outcomes(order)).extracting(PaymentOutcome::kind)
                .containsExactly(PaymentOutcome.Kind.AUTHORIZED);
    }

    @Test
    void anEventForAnUnknownReferenceIsStoredAndIgnored() {
        String reference = "unknown-" + UUID.randomUUID().toString().substring(0, 8);

        receive(signed(event(reference, "CAPTURED", "psp-x"), SECRET));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                inbox.find(reference, "CAPTURED", "psp-x").orElseThrow().outcome()).isEqualTo("UNKNOWN_REFERENCE"));
    }

    @Test
    void aDeliveryThatDoesNotVerifyStoresNothing() {
        String reference = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        String body = event(reference, "AUTHORIZED", "psp-1");

        assertThatThrownBy(() -> receive(signed(body, "another-secret")))
                .isInstanceOf(SignatureVerificationException.class);
        WebhookDelivery good = signed(body, SECRET);
        WebhookDelivery tampered = new WebhookDelivery(HOST, PATH, good.headers(),
                body.replace("AUTHORIZED", "CAPTURED").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> receive(tampered)).hasMessageContaining("x-ms-content-sha256");
        Map<String, String> stale = new HashMap<>(good.headers());
        stale.put("x-ms-date", "Thu, 30 Mar 2023 08:38:32 GMT");
        assertThatThrownBy(() -> receive(new WebhookDelivery(HOST, PATH, stale, good.body())))
                .hasMessageContaining("x-ms-date");
        assertThatThrownBy(() -> receive(new WebhookDelivery("evil.example", PATH, good.headers(),
                good.body()))).hasMessageContaining("another host");

        assertThat(stored(reference)).isZero();
    }

    @Test
    void aVerifiedBodyThatIsNotAnEventIsRefusedAndNotStored() {
        assertThatThrownBy(() -> receive(signed("{\"hello\":\"world\"}", SECRET)))
                .isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> receive(signed("not json", SECRET)))
                .isInstanceOf(InvalidWebhookException.class);
    }

    /** A feature's handler as a test double at the seam the core owns: it keys by agreement and records calls. */
    private static final class RecordingHandler implements WebhookEventHandler {
        static final String EVENT = "recurring.agreement-activated.v1";
        final List<String> processed = new ArrayList<>();

        @Override
        public List<String> events() {
            return List.of(EVENT);
        }

        @Override
        public Optional<EventKey> key(JsonNode body) {
            JsonNode agreement = body.get("agreementId");
            return agreement == null || !agreement.isString() ? Optional.empty()
                    : Optional.of(new EventKey(agreement.asString(), EVENT, body.get("occurred").asString()));
        }

        @Override
        public String process(String reference, String eventName, String body) {
            processed.add(reference + " " + eventName);
            return "PROCESSED";
        }
    }

    /** An inbox and dispatcher with the handler, dispatching on the caller's thread. */
    private WebhookInbox inboxWith(WebhookEventHandler handler) {
        WebhookDispatcher featured = new WebhookDispatcher(completion, entityManager, transactions, Runnable::run,
                schedule, clock, List.of(handler));
        return new WebhookInbox(entityManager, transactions, featured, clock, List.of(handler));
    }

    @Test
    void aFeaturesEventIsStoredOnceByTheSameInboxAndHandedToItsHandlerNotToThePayments() {
        RecordingHandler handler = new RecordingHandler();
        WebhookInbox featured = inboxWith(handler);
        String agreement = "agr_" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"agreementId\":\"" + agreement + "\",\"eventType\":\"" + RecordingHandler.EVENT
                + "\",\"occurred\":\"2026-12-01T10:00:00Z\",\"msn\":\"123456\"}";

        assertThat(featured.store(verifier.verify(signed(body, SECRET)))).isEqualTo(WebhookInbox.Receipt.STORED);
        assertThat(featured.store(verifier.verify(signed(body, SECRET)))).isEqualTo(WebhookInbox.Receipt.DUPLICATE);

        assertThat(handler.processed).containsExactly(agreement + " " + RecordingHandler.EVENT);
        assertThat(featured.find(agreement, RecordingHandler.EVENT, "2026-12-01T10:00:00Z").orElseThrow().outcome())
                .isEqualTo("PROCESSED");
        assertThat(stored(agreement)).isEqualTo(1);
    }

    @Test
    void aFeaturesEventWithoutItsKeysIsRefusedAndNotStoredWhileEPaymentEventsStillReachThePayments() {
        RecordingHandler handler = new RecordingHandler();
        WebhookInbox featured = inboxWith(handler);
        String keyless = "{\"eventType\":\"" + RecordingHandler.EVENT + "\",\"occurred\":\"2026-12-01T10:00:00Z\"}";

        assertThatThrownBy(() -> featured.store(verifier.verify(signed(keyless, SECRET))))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining(RecordingHandler.EVENT);

        String reference = "unknown-" + UUID.randomUUID().toString().substring(0, 8);
        featured.store(verifier.verify(signed(event(reference, "CAPTURED", "psp-f"), SECRET)));
        assertThat(featured.find(reference, "CAPTURED", "psp-f").orElseThrow().outcome())
                .isEqualTo("UNKNOWN_REFERENCE");
        assertThat(handler.processed).isEmpty();
    }
}
