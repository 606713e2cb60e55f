package dev.vippsmp.core.client;

import static dev.vippsmp.testsupport.JournalEntries.header;
import static dev.vippsmp.testsupport.JournalEntries.masked;
import static dev.vippsmp.testsupport.SimulatorDefaults.CLIENT_ID;
import static dev.vippsmp.testsupport.SimulatorDefaults.CLIENT_SECRET;
import static dev.vippsmp.testsupport.SimulatorDefaults.MSN;
import static dev.vippsmp.testsupport.SimulatorDefaults.SUBSCRIPTION_KEY;
import static dev.vippsmp.testsupport.SimulatorDefaults.TEST_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.vippsmp.core.client.epayment.Amount;
import dev.vippsmp.core.client.epayment.CreatePaymentRequest;
import dev.vippsmp.core.client.epayment.CreatePaymentResponse;
import dev.vippsmp.core.client.epayment.ModificationResponse;
import dev.vippsmp.core.client.epayment.PaymentDetails;
import dev.vippsmp.core.client.epayment.PaymentEvent;
import dev.vippsmp.core.client.epayment.PaymentMethod;
import dev.vippsmp.core.client.epayment.PaymentState;
import dev.vippsmp.core.client.epayment.Profile;
import dev.vippsmp.core.client.errors.ApiConnectionException;
import dev.vippsmp.core.client.errors.AuthenticationException;
import dev.vippsmp.core.client.errors.IdempotencyConflictException;
import dev.vippsmp.core.client.errors.InvalidRequestException;
import dev.vippsmp.core.client.errors.NotFoundException;
import dev.vippsmp.core.client.errors.PaymentStateException;
import dev.vippsmp.core.client.errors.RateLimitException;
import dev.vippsmp.core.client.errors.ServiceUnavailableException;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.client.ordermanagement.BottomLine;
import dev.vippsmp.core.client.ordermanagement.OrderCategory;
import dev.vippsmp.core.client.ordermanagement.OrderLine;
import dev.vippsmp.core.client.ordermanagement.Receipt;
import dev.vippsmp.core.client.ordermanagement.UnitInfo;
import dev.vippsmp.core.client.userinfo.Userinfo;
import dev.vippsmp.core.support.Simulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The client against the simulator over real HTTP: every ePayment operation, the headers every call carries as the
 * simulator recorded them, one token for a hundred concurrent first calls, retries with the same key after
 * injected failures and none after a 400, and each error category.
 */
class SimulatorClientTest {

    private VippsClient client(Duration readTimeout) {
        return VippsClient.builder(() -> Simulator.configuration(readTimeout)).build();
    }

    private final VippsClient client = client(Duration.ofSeconds(5));

    @AfterEach
    void clearFaults() {
        Simulator.control().clearFaults();
    }

    private static String newReference() {
        return "test-" + UUID.randomUUID().toString().substring(0, 18);
    }

    private static CreatePaymentRequest payment(String reference, long amount) {
        Receipt receipt = new Receipt(List.of(new OrderLine("Socks", "sku-1", amount, amount * 4 / 5, amount / 5, 25,
                new UnitInfo(amount, "1", "PCS"), null, null, null, null)), new BottomLine("NOK", null, null));
        return new CreatePaymentRequest(Amount.of(amount, "NOK"), PaymentMethod.wallet(), reference,
                CreatePaymentRequest.WEB_REDIRECT, "https://shop.example/return?ref=" + reference, null, null,
                "Order " + reference, receipt, Map.of("orderId", "42"), null);
    }

    private String authorized(long amount) {
        String reference = newReference();
        client.payments().create(payment(reference, amount), reference + "-create");
        client.payments().forceApprove(reference, TEST_USER);
        return reference;
    }

    @Test
    void aPaymentIsCreatedApprovedCapturedRefundedAndItsEventsRead() {
        String reference = newReference();
        CreatePaymentResponse created = client.payments().create(payment(reference, 10_000), reference + "-create");
        assertThat(created.reference()).isEqualTo(reference);
        assertThat(created.redirectUrl()).startsWith("http");
        assertThat(client.payments().get(reference).state()).isEqualTo(PaymentState.CREATED);

        client.payments().forceApprove(reference, TEST_USER);
        PaymentDetails authorized = client.payments().get(reference);
        assertThat(authorized.state()).isEqualTo(PaymentState.AUTHORIZED);
        assertThat(authorized.aggregate().authorized()).isEqualTo(10_000);

        ModificationResponse captured = client.payments().capture(reference, Amount.of(6_000, "NOK"),
                reference + "-capture-1");
        assertThat(captured.aggregate().captured()).isEqualTo(6_000);
        ModificationResponse refunded = client.payments().refund(reference, Amount.of(1_000, "NOK"),
                reference + "-refund-1");
        assertThat(refunded.aggregate().refunded()).isEqualTo(1_000);
        ModificationResponse cancelled = client.payments().cancel(reference, reference + "-cancel-1");
        assertThat(cancelled.state()).isEqualTo(PaymentState.AUTHORIZED);
        assertThat(cancelled.aggregate().cancelled()).isEqualTo(4_000);

        List<PaymentEvent> events = client.payments().events(reference);
        assertThat(events).extracting(PaymentEvent::name)
                .containsSubsequence("CREATED", "AUTHORIZED", "CAPTURED", "REFUNDED", "CANCELLED");
        assertThat(events).filteredOn(e -> "CAPTURED".equals(e.name()))
                .extracting(PaymentEvent::idempotencyKey).containsExactly(reference + "-capture-1");
    }

    @Test
    void cancellingBeforeAuthorizationTerminatesAndCancelTransactionOnlyRefusesAnAuthorizedPayment() {
        String pending = newReference();
        client.payments().create(payment(pending, 5_000), pending + "-create");
        assertThat(client.payments().cancel(pending, pending + "-cancel-1").state())
                .isEqualTo(PaymentState.TERMINATED);

        String reference = authorized(5_000);
        assertThatThrownBy(() -> client.payments().cancelTransactionOnly(reference, reference + "-cancel-1"))
                .isInstanceOfSatisfying(PaymentStateException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("6060"));
    }

    @Test
    void everyCallCarriesTheKeysTheTokenAndTheSystemHeaders() {
        String reference = authorized(2_000);
        client.payments().capture(reference, Amount.of(2_000, "NOK"), reference + "-capture-1");

        List<JsonNode> calls = Simulator.control().journal(reference);
        assertThat(calls).extracting(e -> e.get("operation").asString())
                .contains("createPayment", "forceApprove", "capturePayment");
        for (JsonNode call : calls) {
            assertThat(header(call, "Authorization")).startsWith("Bearer ****(sha256:");
            assertThat(header(call, "Ocp-Apim-Subscription-Key"))
                    .isEqualTo(masked(SUBSCRIPTION_KEY));
            assertThat(header(call, "Merchant-Serial-Number")).isEqualTo(MSN);
            assertThat(header(call, "Vipps-System-Name")).isEqualTo("test-shop");
            assertThat(header(call, "Vipps-System-Version")).isEqualTo("1.2.3");
            assertThat(header(call, "Vipps-System-Plugin-Name")).isEqualTo("vipps-mobilepay-spring");
            assertThat(header(call, "Vipps-System-Plugin-Version")).isEqualTo("0.1.0");
        }
        JsonNode capture = calls.stream().filter(e -> "capturePayment".equals(e.get("operation").asString()))
                .findFirst().orElseThrow();
        assertThat(header(capture, "Idempotency-Key")).isEqualTo(reference + "-capture-1");
        JsonNode token = Simulator.control().journalQuery("pathPrefix=/accesstoken/get").stream()
                .filter(e -> "test-shop".equals(header(e, "Vipps-System-Name"))).findFirst().orElseThrow();
        assertThat(header(token, "client_id")).isEqualTo(CLIENT_ID);
        assertThat(header(token, "client_secret")).isEqualTo(masked(CLIENT_SECRET));
        assertThat(header(token, "Ocp-Apim-Subscription-Key"))
                .isEqualTo(masked(SUBSCRIPTION_KEY));
        assertThat(header(token, "Vipps-System-Plugin-Version")).isEqualTo("0.1.0");
    }

    @Test
    void aHundredConcurrentFirstCallsFetchOneToken() throws Exception {
        VippsClient fresh = client(Duration.ofSeconds(10));
        String reference = authorized(1_000);
        long tokensBefore = Simulator.control().journalQuery("pathPrefix=/accesstoken/get").size();
        ExecutorService pool = Executors.newFixedThreadPool(100);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PaymentState>> results = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return fresh.payments().get(reference).state();
            }));
        }
        start.countDown();
        for (Future<PaymentState> result : results) {
            assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(PaymentState.AUTHORIZED);
        }
        pool.shutdown();
        assertThat(Simulator.control().journalQuery("pathPrefix=/accesstoken/get")).hasSize((int) tokensBefore + 1);
    }

    @Test
    void injected500sAreRetriedWithTheSameIdempotencyKey() {
        String reference = authorized(3_000);
        Simulator.control().fault("{\"action\":\"ERROR\",\"status\":500,\"operation\":\"capturePayment\",\"times\":2}");

        ModificationResponse captured = client.payments().capture(reference, Amount.of(3_000, "NOK"),
                reference + "-capture-1");

        assertThat(captured.aggregate().captured()).isEqualTo(3_000);
        List<JsonNode> captures = captures(reference);
        assertThat(captures).hasSize(3);
        assertThat(captures).extracting(e -> e.get("status").asInt()).containsExactly(500, 500, 200);
        assertThat(captures).extracting(e -> header(e, "Idempotency-Key"))
                .containsOnly(reference + "-capture-1");
    }

    @Test
    void aTimedOutCaptureThatHappenedIsRepeatedWithTheSameKeyAndCapturesOnce() {
        VippsClient impatient = client(Duration.ofMillis(700));
        String reference = authorized(4_000);
        Simulator.control().fault("{\"action\":\"TIMEOUT\",\"delay\":\"3s\",\"afterProcessing\":true,"
                + "\"operation\":\"capturePayment\",\"times\":1}");

        ModificationResponse captured = impatient.payments().capture(reference, Amount.of(4_000, "NOK"),
                reference + "-capture-1");

        assertThat(captured.aggregate().captured()).isEqualTo(4_000);
        // The timed-out request enters the journal when the simulator lets go of it.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(captures(reference))
                .hasSizeGreaterThanOrEqualTo(2)
                .extracting(e -> header(e, "Idempotency-Key")).containsOnly(reference + "-capture-1"));
        assertThat(client.payments().events(reference)).filteredOn(e -> "CAPTURED".equals(e.name())).hasSize(1);
    }

    @Test
    void aDroppedConnectionIsRetried() {
        String reference = authorized(1_500);
        Simulator.control().fault("{\"action\":\"DROP\",\"operation\":\"getPayment\",\"times\":1}");

        assertThat(client.payments().get(reference).state()).isEqualTo(PaymentState.AUTHORIZED);
        assertThat(Simulator.control().journal(reference))
                .filteredOn(e -> "getPayment".equals(e.get("operation").asString())).hasSize(2);
    }

    @Test
    void a400IsNotRetried() {
        String reference = authorized(1_000);

        assertThatThrownBy(() -> client.payments().capture(reference, Amount.of(5_000, "NOK"),
                reference + "-capture-1")).isInstanceOfSatisfying(PaymentStateException.class,
                        e -> {
                            assertThat(e.errorCode()).isEqualTo("6090");
                            assertThat(e.status()).isEqualTo(400);
                            assertThat(e.traceId()).isNotBlank();
                        });
        assertThat(captures(reference)).hasSize(1);
    }

    @Test
    void eachErrorCategoryIsRecognised() {
        assertThatThrownBy(() -> client.payments().get(newReference())).isInstanceOf(NotFoundException.class);

        String reference = newReference();
        client.payments().create(payment(reference, 1_000), reference + "-create");
        assertThatThrownBy(() -> client.payments().create(payment(reference, 2_000), reference + "-create"))
                .isInstanceOf(IdempotencyConflictException.class);
        CreatePaymentRequest badUrl = payment(newReference(), 1_000);
        CreatePaymentRequest invalid = new CreatePaymentRequest(badUrl.amount(), badUrl.paymentMethod(),
                badUrl.reference(), badUrl.userFlow(), "not a url", null, null, badUrl.paymentDescription(),
                badUrl.receipt(), null, null);
        assertThatThrownBy(() -> client.payments().create(invalid, "k-" + UUID.randomUUID()))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> client.payments().create(payment(newReference(), 10), "k-" + UUID.randomUUID()))
                .isInstanceOfSatisfying(PaymentStateException.class, e -> assertThat(e.errorCode()).isEqualTo("6010"));

        Simulator.control().fault("{\"action\":\"ERROR\",\"status\":429,\"operation\":\"getPayment\",\"times\":-1}");
        assertThatThrownBy(() -> client.payments().get(reference)).isInstanceOf(RateLimitException.class);
        Simulator.control().clearFaults();
        Simulator.control().fault("{\"action\":\"ERROR\",\"status\":423,\"operation\":\"getPayment\",\"times\":-1}");
        assertThatThrownBy(() -> client.payments().get(reference)).isInstanceOf(ServiceUnavailableException.class);
        Simulator.control().clearFaults();

        VippsClient wrongKeys = VippsClient.builder(() -> {
            ClientConfiguration ok = Simulator.configuration(Duration.ofSeconds(5));
            return new ClientConfiguration(ok.baseUrl(), new ApiCredentials(MSN, CLIENT_ID,
                    "wrong-secret", SUBSCRIPTION_KEY), ok.systemHeaders(), ok.connectTimeout(),
                    ok.readTimeout(), ok.retry());
        }).build();
        assertThatThrownBy(() -> wrongKeys.payments().get(reference)).isInstanceOf(AuthenticationException.class);

        VippsClient nowhere = VippsClient.builder(() -> {
            ClientConfiguration ok = Simulator.configuration(Duration.ofSeconds(1));
            return new ClientConfiguration(java.net.URI.create("http://127.0.0.1:9"), ok.credentials(),
                    ok.systemHeaders(), Duration.ofMillis(300), ok.readTimeout(), ok.retry());
        }).build();
        assertThatThrownBy(() -> nowhere.payments().get(reference)).isInstanceOf(ApiConnectionException.class);
    }

    @Test
    void userinfoIsReadBySubAfterProfileSharing() {
        String reference = newReference();
        CreatePaymentRequest base = payment(reference, 1_000);
        client.payments().create(new CreatePaymentRequest(base.amount(), base.paymentMethod(), reference,
                base.userFlow(), base.returnUrl(), null, Profile.scope(Profile.CONTACT_SCOPE),
                base.paymentDescription(), base.receipt(), null, null), reference + "-create");
        client.payments().forceApprove(reference, TEST_USER);

        String sub = await().atMost(Duration.ofSeconds(5)).until(() -> client.payments().get(reference).sub(),
                value -> value != null);
        Userinfo info = client.userinfo().get(sub);

        assertThat(info.sub()).isEqualTo(sub);
        assertThat(info.givenName()).isEqualTo("Kari");
        assertThat(info.email()).isEqualTo("kari.nordmann@example.com");
        assertThat(info.phoneNumber()).isEqualTo(TEST_USER);
        assertThatThrownBy(() -> client.userinfo().get("no-such-sub")).isInstanceOf(VippsApiException.class);
    }

    @Test
    void orderLinesAndTheOrderLinkAreSentToOrderManagement() {
        String reference = newReference();
        CreatePaymentRequest withReceipt = payment(reference, 1_000);
        client.payments().create(new CreatePaymentRequest(withReceipt.amount(), withReceipt.paymentMethod(),
                reference, withReceipt.userFlow(), withReceipt.returnUrl(), null, null,
                withReceipt.paymentDescription(), null, null, null), reference + "-create");
        client.payments().forceApprove(reference, TEST_USER);
        Receipt receipt = withReceipt.receipt();

        client.orderManagement().addReceipt(reference, receipt);
        client.orderManagement().addReceipt(reference, receipt);
        client.orderManagement().putCategory(reference,
                new OrderCategory("ORDER_CONFIRMATION", "https://shop.example/orders/42", null));

        List<JsonNode> calls = Simulator.control().journal(reference).stream()
                .filter(e -> e.get("path").asString().startsWith("/order-management/")).toList();
        assertThat(calls).extracting(e -> e.get("method").asString()).containsExactly("POST", "POST", "PUT");
        assertThat(calls.get(0).get("status").asInt()).isEqualTo(201);
        assertThat(calls.get(1).get("status").asInt()).as("a receipt is stored once").isEqualTo(409);
        assertThat(calls.get(2).get("status").asInt()).isBetween(200, 204);
        assertThat(header(calls.get(2), "Vipps-System-Plugin-Name")).isEqualTo("vipps-mobilepay-spring");
    }

    private static List<JsonNode> captures(String reference) {
        return Simulator.control().journal(reference).stream()
                .filter(e -> "capturePayment".equals(e.get("operation").asString())).toList();
    }
}
