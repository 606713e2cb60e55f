package dev.vippsmp.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.vippsmp.core.client.epayment.Amount;
import dev.vippsmp.core.client.errors.ApiConnectionException;
import dev.vippsmp.core.client.errors.AuthenticationException;
import dev.vippsmp.core.client.errors.ErrorCategory;
import dev.vippsmp.core.client.errors.IdempotencyConflictException;
import dev.vippsmp.core.client.errors.InvalidRequestException;
import dev.vippsmp.core.client.errors.NotFoundException;
import dev.vippsmp.core.client.errors.PaymentStateException;
import dev.vippsmp.core.client.errors.RateLimitException;
import dev.vippsmp.core.client.errors.ServiceUnavailableException;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.client.transport.TransportRequest;
import dev.vippsmp.testsupport.MutableClock;
import dev.vippsmp.core.support.ScriptedTransport;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The client's retry policy and error mapping, with a scripted transport and a recording sleeper: which failures
 * are repeated, with the same Idempotency-Key, how long it waits (Retry-After honoured), which exception each
 * vendor answer becomes, and what the call listeners are told of it.
 */
class RetryAndErrorsTest {

    private static final String PROBLEM = "{\"type\":\"https://example.com/problem\",\"title\":\"%s\",\"status\":%d,"
            + "\"detail\":\"details here\",\"traceId\":\"trace-%d\",\"extraDetails\":[{\"name\":\"ErrorCode\","
            + "\"reason\":\"%s\"}]}";
    private static final String MODIFICATION = "{\"reference\":\"order-1-1\",\"state\":\"AUTHORIZED\","
            + "\"amount\":{\"currency\":\"NOK\",\"value\":1000},\"aggregate\":{\"authorizedAmount\":{\"currency\":\"NOK\","
            + "\"value\":1000},\"capturedAmount\":{\"currency\":\"NOK\",\"value\":1000},\"cancelledAmount\":{\"currency\":"
            + "\"NOK\",\"value\":0},\"refundedAmount\":{\"currency\":\"NOK\",\"value\":0}},\"pspReference\":\"psp-1\"}";

    private final ScriptedTransport transport = new ScriptedTransport();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final List<ApiCallRecord> calls = new CopyOnWriteArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final VippsClient client = VippsClient.builder(() -> new ClientConfiguration(
                    URI.create("https://apitest.example"),
                    new ApiCredentials("123456", "client-id", "client-secret-value", "subscription-key-value"),
                    new SystemHeaders("shop", "1.0", "plugin", "0.1"), Duration.ofSeconds(1), Duration.ofSeconds(2),
                    new RetrySettings(3, Duration.ofMillis(100), 2.0, Duration.ofSeconds(1), Duration.ZERO,
                            Duration.ofSeconds(10))))
            .transport(transport).clock(clock).sleeper(sleeps::add).listener(calls::add).build();

    private static String problem(int status, String code) {
        return PROBLEM.formatted("Problem " + code, status, status, code);
    }

    @Test
    void a500IsRetriedWithTheSameIdempotencyKeyUntilItSucceeds() {
        transport.then(500, problem(500, "9999")).then(502, "").then(200, MODIFICATION);

        client.payments().capture("order-1-1", Amount.of(1000, "NOK"), "order-1-1-capture-1");

        List<TransportRequest> captures = transport.apiRequests();
        assertThat(captures).hasSize(3);
        assertThat(captures).extracting(r -> r.headers().get("Idempotency-Key")).containsOnly("order-1-1-capture-1");
        assertThat(captures).extracting(r -> new String(r.body())).containsOnly(
                "{\"modificationAmount\":{\"currency\":\"NOK\",\"value\":1000}}");
        assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(calls).extracting(ApiCallRecord::attempt).containsSubsequence(1, 2, 3);
    }

    @Test
    void timeoutsAndDroppedConnectionsAreRetriedAsUnavailable() {
        transport.thenFail(new HttpTimeoutException("timed out")).thenFail(new IOException("reset"))
                .then(200, MODIFICATION);

        client.payments().capture("order-1-1", Amount.of(1000, "NOK"), "key-1");

        assertThat(transport.apiRequests()).hasSize(3);
        assertThat(calls.stream().filter(c -> c.status() == 0)).hasSize(2)
                .allSatisfy(c -> assertThat(c.errorCategory()).isEqualTo(ErrorCategory.UNAVAILABLE));
    }

    @Test
    void retriesAreBoundedAndTheLastFailureIsThrown() {
        for (int i = 0; i < 4; i++) {
            transport.then(503, problem(503, "9999"));
        }
        assertThatThrownBy(() -> client.payments().get("order-1-1"))
                .isInstanceOf(ServiceUnavailableException.class)
                .satisfies(e -> assertThat(((VippsApiException) e).status()).isEqualTo(503));
        assertThat(transport.apiRequests()).hasSize(4);
    }

    @Test
    void a400IsNeverRetried() {
        transport.then(400, problem(400, "4040"));

        assertThatThrownBy(() -> client.payments().capture("order-1-1", Amount.of(0, "NOK"), "key-1"))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> {
                    VippsApiException api = (VippsApiException) e;
                    assertThat(api.errorCode()).isEqualTo("4040");
                    assertThat(api.traceId()).isEqualTo("trace-400");
                    assertThat(api.detail()).isEqualTo("details here");
                    assertThat(api.category()).isEqualTo(ErrorCategory.VALIDATION);
                });
        assertThat(transport.apiRequests()).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void rateLimitingWaitsAtLeastRetryAfter() {
        transport.then(429, "{\"statusCode\":429,\"message\":\"Rate limit is exceeded\"}",
                Map.of("Retry-After", List.of("3"))).then(200, MODIFICATION);

        client.payments().capture("order-1-1", Amount.of(1000, "NOK"), "key-1");

        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void aRetryAfterLongerThanTheLimitEndsTheRetries() {
        transport.then(429, "", Map.of("Retry-After", List.of("3600")));

        assertThatThrownBy(() -> client.payments().get("order-1-1"))
                .isInstanceOfSatisfying(RateLimitException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1)));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void lockedAndOrderProcessingAreRetried() {
        transport.then(423, problem(423, "6160")).then(400, problem(400, "6160")).then(200, MODIFICATION);

        client.payments().capture("order-1-1", Amount.of(1000, "NOK"), "key-1");

        assertThat(transport.apiRequests()).hasSize(3);
    }

    @Test
    void aRejectedTokenIsReplacedOnceAndTheCallRepeated() {
        transport.then(401, "{\"error\":\"expired\"}").then(200, MODIFICATION);

        client.payments().capture("order-1-1", Amount.of(1000, "NOK"), "key-1");

        assertThat(transport.tokenRequests()).hasSize(2);
        assertThat(transport.apiRequests()).extracting(r -> r.headers().get("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void twoRejectedTokensMeanWrongKeys() {
        transport.then(401, "").then(401, "");

        assertThatThrownBy(() -> client.payments().get("order-1-1")).isInstanceOf(AuthenticationException.class);
        assertThat(transport.apiRequests()).hasSize(2);
    }

    @Test
    void aRefusedTokenRequestIsAnAuthenticationError() {
        transport.tokenAnswer(401, "{\"error\":\"invalid_client\",\"error_description\":\"Bad credentials\"}");

        assertThatThrownBy(() -> client.payments().get("order-1-1"))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.detail()).isEqualTo("Bad credentials");
                    assertThat(e.getMessage()).doesNotContain("client-secret-value");
                });
        assertThat(transport.apiRequests()).isEmpty();
    }

    @Test
    void aWebhookRegistrationIsNotRepeatedAfterATimeout() {
        transport.thenFail(new HttpTimeoutException("timed out"));

        assertThatThrownBy(() -> client.webhooks().register("https://shop.example/hook", List.of("a")))
                .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.isTimeout()).isTrue());
        assertThat(transport.apiRequests()).hasSize(1);
    }

    @Test
    void vendorErrorCodesChooseTheCategory() {
        transport.then(400, problem(400, "6090")).then(400, problem(400, "4020")).then(409, problem(409, "4150"))
                .then(404, problem(404, "5090")).then(403, "{\"statusCode\":403,\"message\":\"Out of call volume\"}")
                .then(400, "{\"type\":\"t\",\"title\":\"One or more validation errors occurred.\","
                        + "\"invalidParams\":[{\"name\":\"OrderLines\",\"reason\":\"must not be empty\"}]}")
                .then(500, "<html>gateway</html>");

        assertThat(category(() -> client.payments().get("a-reference"))).isInstanceOf(PaymentStateException.class);
        assertThat(category(() -> client.payments().get("a-reference")))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(category(() -> client.payments().get("a-reference")))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(category(() -> client.payments().get("a-reference"))).isInstanceOf(NotFoundException.class);
        assertThat(category(() -> client.payments().get("a-reference")))
                .isInstanceOfSatisfying(AuthenticationException.class,
                        e -> assertThat(e.title()).isEqualTo("Out of call volume"));
        assertThat(category(() -> client.payments().get("a-reference")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.detail()).isEqualTo("OrderLines: must not be empty"));
    }

    @Test
    void everyCallCarriesTheKeyAndSystemHeadersAndTheTokenCallItsCredentials() {
        transport.then(200, MODIFICATION);

        client.payments().capture("order-1-1", Amount.of(1000, "NOK"), "key-1");

        Map<String, String> api = transport.apiRequests().get(0).headers();
        assertThat(api).containsEntry("Authorization", "Bearer token-1")
                .containsEntry("Ocp-Apim-Subscription-Key", "subscription-key-value")
                .containsEntry("Merchant-Serial-Number", "123456")
                .containsEntry("Vipps-System-Name", "shop").containsEntry("Vipps-System-Version", "1.0")
                .containsEntry("Vipps-System-Plugin-Name", "plugin").containsEntry("Vipps-System-Plugin-Version", "0.1")
                .containsEntry("Idempotency-Key", "key-1");
        Map<String, String> token = transport.tokenRequests().get(0).headers();
        assertThat(token).containsEntry("client_id", "client-id").containsEntry("client_secret", "client-secret-value")
                .containsEntry("Ocp-Apim-Subscription-Key", "subscription-key-value")
                .containsEntry("Vipps-System-Plugin-Name", "plugin").doesNotContainKey("Authorization");
    }

    @Test
    void listenersGetTheVendorsOwnTitleWithNothingTheRequestCarried() {
        transport.tokenAnswer(401, "{\"error\":\"client_secret client-secret-value is not valid\"}");
        transport.then(400, PROBLEM.formatted("order-1-1 refused for subscription-key-value with token-1", 400, 400,
                "6090"));
        transport.then(404, "");
        transport.thenFail(new HttpTimeoutException("timed out"));

        assertThatThrownBy(() -> client.payments().get("order-1-1")).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> client.payments().capture("order-1-1", Amount.of(1000, "NOK"), "key-1"))
                .isInstanceOf(PaymentStateException.class);
        assertThatThrownBy(() -> client.payments().get("order-1-1"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.title()).isEqualTo("HTTP 404"));
        assertThatThrownBy(() -> client.webhooks().register("https://shop.example/hook", List.of("a")))
                .isInstanceOf(ApiConnectionException.class);

        assertThat(calls).filteredOn(ApiCallRecord::isError)
                .extracting(ApiCallRecord::operation, ApiCallRecord::errorCode, ApiCallRecord::errorTitle)
                .containsExactly(
                        tuple(ApiOperation.FETCH_TOKEN, null, "client_secret **** is not valid"),
                        tuple(ApiOperation.CAPTURE_PAYMENT, "6090", "**** refused for **** with ****"),
                        // No title in the answer, or no answer: the category is all there is.
                        tuple(ApiOperation.GET_PAYMENT, null, null),
                        tuple(ApiOperation.REGISTER_WEBHOOK, null, null));
    }

    private static VippsApiException category(Runnable call) {
        try {
            call.run();
        } catch (VippsApiException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }
}
