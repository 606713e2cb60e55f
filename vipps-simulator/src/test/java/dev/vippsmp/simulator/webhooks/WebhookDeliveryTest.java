package dev.vippsmp.simulator.webhooks;

import static dev.vippsmp.simulator.support.TestPayments.capture;
import static dev.vippsmp.simulator.support.TestPayments.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Receiver;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WebhookDeliveryTest {

    private static final List<String> ALL_EVENTS = List.of("created", "aborted", "expired", "cancelled", "captured",
            "refunded", "authorized", "terminated").stream().map(name -> "epayments.payment." + name + ".v1").toList();
    private static final Receiver SHOP = new Receiver();

    private final Api api = new Api(Simulators.with(Simulators.FAST_WEBHOOKS).baseUrl());

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
        SHOP.clear();
    }

    @AfterAll
    static void stop() {
        SHOP.close();
    }

    private String register(String path, List<String> events) {
        Api.Response registered = api.post("/webhooks/v1/webhooks", Api.JSON.writeValueAsString(
                java.util.Map.of("url", SHOP.url(path), "events", events)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("secret").asString();
    }

    private List<String> namesReceived(String path) {
        return SHOP.received(path).stream().map(request -> Api.JSON.readTree(request.body()).get("name").asString())
                .toList();
    }

    private List<String> awaitNames(String path, int count) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> namesReceived(path), names -> names.size() >= count);
    }

    /** Verifies a delivery from the vendor's description alone: content hash first, then the HMAC. */
    private static void assertSigned(Receiver.Received request, String secret, String url) throws Exception {
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(request.body()));
        assertThat(request.header("x-ms-content-sha256")).isEqualTo(hash);
        String date = request.header("x-ms-date");
        assertThat(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME))
                .isCloseTo(ZonedDateTime.now(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));
        URI uri = URI.create(url);
        assertThat(request.header("Host")).isEqualTo(uri.getRawAuthority());
        String toSign = "POST\n" + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + "\n" + date + ";" + uri.getRawAuthority() + ";" + hash;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        assertThat(request.header("Authorization")).isEqualTo(
                "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=" + signature);
    }

    @Test
    void registrationShowsTheSecretOnceAndCanBeDeleted() {
        Api.Response registered = api.post("/webhooks/v1/webhooks",
                "{\"url\":\"" + SHOP.url("/hook") + "\",\"events\":[\"epayments.payment.captured.v1\"]}");
        String id = registered.json().get("id").asString();
        assertThat(Base64.getDecoder().decode(registered.json().get("secret").asString())).hasSize(64);

        JsonNode listed = api.get("/webhooks/v1/webhooks").json().get("webhooks");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asString()).isEqualTo(id);
        assertThat(listed.get(0).get("url").asString()).isEqualTo(SHOP.url("/hook"));
        assertThat(listed.get(0).has("secret")).isFalse();
        assertThat(new Api(api.baseUrl(), Api.Merchant.DENMARK).get("/webhooks/v1/webhooks").json().get("webhooks"))
                .isEmpty();

        assertThat(api.call("DELETE", "/webhooks/v1/webhooks/" + id).send().status()).isEqualTo(204);
        assertThat(api.get("/webhooks/v1/webhooks").json().get("webhooks")).isEmpty();
        assertThat(api.call("DELETE", "/webhooks/v1/webhooks/" + id).send().status()).isEqualTo(404);
        assertThat(api.call("DELETE", "/webhooks/v1/webhooks/not-a-uuid").send().status()).isEqualTo(400);
    }

    @Test
    void registrationsAreValidated() {
        String events = "\"events\":[\"epayments.payment.captured.v1\"]";
        for (String body : List.of("{" + events + "}", "{\"url\":\"http://shop.example.com/hook\"," + events + "}",
                "{\"url\":\"not a url\"," + events + "}", "{\"url\":\"" + SHOP.url("/h") + "\",\"events\":[]}",
                "{\"url\":\"" + SHOP.url("/h") + "\",\"events\":[\"payments.shipped.v9\"]}",
                "{\"url\":\"" + SHOP.url("/h") + "\"," + events + ",\"color\":\"red\"}")) {
            Api.Response refused = api.post("/webhooks/v1/webhooks", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("extraDetails").get(0).get("name").asString()).isNotBlank();
        }
        for (int i = 0; i < 25; i++) {
            api.post("/webhooks/v1/webhooks", "{\"url\":\"" + SHOP.url("/h" + i) + "\"," + events + "}");
        }
        assertThat(api.post("/webhooks/v1/webhooks", "{\"url\":\"" + SHOP.url("/h26") + "\"," + events + "}").status())
                .isEqualTo(400);
    }

    @Test
    void eventsArriveSignedInOrderWithTheirOwnPspReference() throws Exception {
        String secret = register("/hook?shop=demo", ALL_EVENTS);
        String reference = TestPayments.createAuthorized(api, 1000);
        capture(api, reference, "NOK", 600);

        assertThat(awaitNames("/hook", 3)).containsExactly("CREATED", "AUTHORIZED", "CAPTURED");
        for (Receiver.Received delivery : SHOP.received("/hook")) {
            assertThat(delivery.query()).isEqualTo("shop=demo");
            assertThat(delivery.header("Content-Type")).startsWith("application/json");
            assertSigned(delivery, secret, SHOP.url("/hook?shop=demo"));
        }
        JsonNode captured = Api.JSON.readTree(SHOP.received("/hook").get(2).body());
        assertThat(captured.get("msn").asString()).isEqualTo("123456");
        assertThat(captured.get("reference").asString()).isEqualTo(reference);
        assertThat(captured.get("amount").get("value").asLong()).isEqualTo(600);
        assertThat(captured.get("success").asBoolean()).isTrue();
        assertThat(captured.get("idempotencyKey").asString()).isNotBlank();
        assertThat(captured.get("timestamp").asString()).endsWith("Z");
        assertThat(captured.get("pspReference").asString())
                .isNotEqualTo(TestPayments.get(api, reference).get("pspReference").asString());
    }

    @Test
    void onlySubscribedEventsOfTheOwnSalesUnitAreDelivered() {
        register("/captures", List.of("epayments.payment.captured.v1"));
        String reference = TestPayments.createAuthorized(api, 1000);
        Api denmark = new Api(api.baseUrl(), Api.Merchant.DENMARK);
        TestPayments.capture(denmark, TestPayments.createAuthorized(denmark, 1000), "DKK", 100);
        capture(api, reference, "NOK", 100);

        assertThat(awaitNames("/captures", 1)).containsExactly("CAPTURED");
        await().during(Duration.ofMillis(300)).until(() -> namesReceived("/captures").size() == 1);
    }

    @Test
    void theAuthorizedEventCarriesTheSharedProfile() {
        register("/hook", List.of("epayments.payment.authorized.v1"));
        String reference = TestPayments.reference();
        api.post("/epayment/v1/payments", TestPayments.body(reference, "NOK", 1000)
                .replace("\"userFlow\"", "\"profile\":{\"scope\":\"name email\"},\"userFlow\""));
        TestPayments.complete(api, reference, "{\"user\":\"4512345678\"}");

        awaitNames("/hook", 1);
        JsonNode authorized = Api.JSON.readTree(SHOP.received("/hook").get(0).body());
        assertThat(authorized.get("profile").get("sub").asString()).isNotBlank();
        assertThat(authorized.get("userDetails").get("email").asString()).isEqualTo("mette.hansen@example.dk");
        assertThat(authorized.get("userDetails").has("mobileNumber")).isFalse();
        assertThat(authorized.get("captureGuaranteedUntil").asString()).isNotBlank();
    }

    @Test
    void theAuthorizedEventOfAPaymentThatAskedForNoProfileNamesNone() {
        register("/hook", List.of("epayments.payment.authorized.v1"));
        TestPayments.createAuthorized(api, 1000);

        awaitNames("/hook", 1);
        JsonNode authorized = Api.JSON.readTree(SHOP.received("/hook").get(0).body());
        assertThat(authorized.has("profile")).isFalse();
        assertThat(authorized.has("userDetails")).isFalse();
        assertThat(authorized.get("captureGuaranteedUntil").asString()).isNotBlank();
    }

    @Test
    void aFailingDeliveryIsRetriedAndBlocksTheLaterEventsOfItsPayment() {
        AtomicInteger calls = new AtomicInteger();
        SHOP.answer(request -> calls.incrementAndGet() <= 3 ? Receiver.Answer.status(500) : Receiver.Answer.ok(""));
        register("/hook", ALL_EVENTS);
        String reference = TestPayments.createAuthorized(api, 1000);

        assertThat(awaitNames("/hook", 5)).containsExactly("CREATED", "CREATED", "CREATED", "CREATED", "AUTHORIZED");
        JsonNode attempts = api.control("GET", "/simulator/outbound?kind=WEBHOOK&reference=" + reference, null).json();
        assertThat(attempts.get(0).get("outcome").asString()).isEqualTo("FAILED");
        assertThat(attempts.get(0).get("status").asInt()).isEqualTo(500);
        assertThat(attempts.get(0).get("nextAttemptAt").asString()).isNotBlank();
        assertThat(attempts.get(3).get("outcome").asString()).isEqualTo("DELIVERED");
        assertThat(attempts.get(3).get("attempt").asInt()).isEqualTo(4);
    }

    @Test
    void noAnswerWithinTheTimeoutCountsAsAFailure() {
        AtomicInteger calls = new AtomicInteger();
        SHOP.answer(request -> calls.incrementAndGet() == 1 ? Receiver.Answer.ok("").after(1500) : Receiver.Answer.ok(""));
        register("/slow", List.of("epayments.payment.created.v1"));
        String reference = TestPayments.create(api, 1000);

        JsonNode attempts = await().atMost(Duration.ofSeconds(10)).until(() -> api.control("GET",
                "/simulator/outbound?reference=" + reference, null).json(), found -> found.size() >= 2);
        assertThat(attempts.get(0).get("outcome").asString()).isEqualTo("FAILED");
        assertThat(attempts.get(0).get("error").asString()).contains("timeout");
        assertThat(attempts.get(1).get("outcome").asString()).isEqualTo("DELIVERED");
    }

    @Test
    void aDeliveryThatKeepsFailingIsGivenUpAndItsRegistrationEventuallyDeleted() {
        SHOP.answer(request -> Receiver.Answer.status(503));
        register("/down", List.of("epayments.payment.created.v1"));
        String first = TestPayments.create(api, 1000);

        await().atMost(Duration.ofSeconds(10)).until(() -> api.control("GET", "/simulator/outbound?reference=" + first,
                null).json().toString().contains("GAVE_UP"));
        // The registration has now failed for longer than the (scaled) two weeks; its next failure deletes it.
        await().pollDelay(Duration.ofMillis(700)).until(() -> true);
        TestPayments.create(api, 1000);
        await().atMost(Duration.ofSeconds(5)).until(() -> api.get("/webhooks/v1/webhooks").json().get("webhooks")
                .isEmpty());
    }

    @Test
    void faultsDropDuplicateDelayAndReorderDeliveries() {
        register("/hook", ALL_EVENTS);
        api.control("POST", "/simulator/webhook-faults", "{\"action\":\"DROP\",\"event\":\"epayments.payment.created.v1\"}");
        api.control("POST", "/simulator/webhook-faults",
                "{\"action\":\"DUPLICATE\",\"event\":\"epayments.payment.authorized.v1\"}");
        String reference = TestPayments.createAuthorized(api, 1000);
        assertThat(awaitNames("/hook", 2)).containsExactly("AUTHORIZED", "AUTHORIZED");
        assertThat(SHOP.received("/hook").get(0).text()).isEqualTo(SHOP.received("/hook").get(1).text());
        assertThat(api.control("GET", "/simulator/outbound?reference=" + reference, null).json().get(0)
                .get("outcome").asString()).isEqualTo("DROPPED");

        SHOP.clear();
        api.control("POST", "/simulator/webhook-faults", "{\"action\":\"REORDER\",\"event\":\"epayments.payment.captured.v1\"}");
        capture(api, reference, "NOK", 500);
        refund(api, reference, "NOK", 100);
        assertThat(awaitNames("/hook", 2)).containsExactly("REFUNDED", "CAPTURED");

        SHOP.clear();
        api.control("POST", "/simulator/webhook-faults",
                "{\"action\":\"DELAY\",\"delay\":\"600ms\",\"reference\":\"" + reference + "\"}");
        long started = System.nanoTime();
        api.post("/epayment/v1/payments/" + reference + "/cancel", "");
        refund(api, reference, "NOK", 100);
        assertThat(awaitNames("/hook", 2)).containsExactly("CANCELLED", "REFUNDED");
        assertThat(Duration.between(java.time.Instant.now().minusNanos(System.nanoTime() - started),
                SHOP.received("/hook").get(0).at())).isGreaterThanOrEqualTo(Duration.ofMillis(550));
        assertThat(api.control("GET", "/simulator/webhook-faults", null).json().get(0).get("applied").asInt())
                .isEqualTo(1);
    }
}
