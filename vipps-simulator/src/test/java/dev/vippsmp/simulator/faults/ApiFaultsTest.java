package dev.vippsmp.simulator.faults;

import static dev.vippsmp.simulator.support.TestPayments.assertProblem;
import static dev.vippsmp.simulator.support.TestPayments.capture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApiFaultsTest {

    private final Api api = new Api(Simulators.standard().baseUrl());

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
    }

    private JsonNode fault(String json) {
        Api.Response added = api.control("POST", "/simulator/faults", json);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json();
    }

    private long captured(String reference) {
        return TestPayments.get(api, reference).get("aggregate").get("capturedAmount").get("value").asLong();
    }

    @Test
    void theNextCallsOfAnOperationFailWithTheGivenStatusAndCode() {
        String reference = TestPayments.createAuthorized(api, 1000);
        fault("{\"operation\":\"capturePayment\",\"action\":\"ERROR\",\"status\":500,\"errorCode\":\"6280\",\"times\":2}");

        assertProblem(capture(api, reference, "NOK", 100), 500, "6280");
        assertProblem(capture(api, reference, "NOK", 100), 500, "6280");
        assertThat(capture(api, reference, "NOK", 100).status()).isEqualTo(200);
        assertThat(captured(reference)).isEqualTo(100);
        JsonNode listed = api.control("GET", "/simulator/faults", null).json().get(0);
        assertThat(listed.get("remaining").asInt()).isZero();
        assertThat(listed.get("applied").asInt()).isEqualTo(2);
    }

    @Test
    void faultsMatchByMethodAndPathPatternAndAnErrorCodeBringsItsStatus() {
        String reference = TestPayments.createAuthorized(api, 1000);
        fault("{\"method\":\"GET\",\"path\":\"/epayment/v1/payments/*\",\"action\":\"ERROR\",\"errorCode\":\"6160\"}");

        assertThat(api.get("/epayment/v1/payments/" + reference + "/events").status()).isEqualTo(200);
        assertProblem(api.get("/epayment/v1/payments/" + reference), 423, "6160");
        assertThat(api.get("/epayment/v1/payments/" + reference).status()).isEqualTo(200);

        fault("{\"operation\":\"getPayment\",\"action\":\"ERROR\",\"status\":429}");
        Api.Response limited = api.get("/epayment/v1/payments/" + reference);
        assertProblem(limited, 429, null);
        assertThat(limited.header("Retry-After")).isEqualTo("1");
    }

    /**
     * 6140 (the full amount must be captured) and 6260 (funds unavailable) depend on the card and its issuer, which
     * the simulator does not model, so its own rules never answer them. A fault does, with the code's own status and
     * title and the vendor's shape, and nothing is captured.
     */
    @Test
    void faultsProduceTheCaptureCodesTheSimulatorsRulesNeverAnswer() {
        String reference = TestPayments.createAuthorized(api, 1000);
        fault("{\"operation\":\"capturePayment\",\"action\":\"ERROR\",\"errorCode\":\"6140\"}");
        fault("{\"operation\":\"capturePayment\",\"action\":\"ERROR\",\"errorCode\":\"6260\","
                + "\"detail\":\"The reserved funds are no longer available\"}");

        Api.Response full = capture(api, reference, "NOK", 400);
        assertProblem(full, 400, "6140");
        assertThat(full.json().get("title").asString()).isEqualTo("The full amount must be captured");
        assertThat(full.json().get("instance").asString()).isEqualTo("/epayment/v1/payments/" + reference + "/capture");
        Api.Response unavailable = capture(api, reference, "NOK", 400);
        assertProblem(unavailable, 400, "6260");
        assertThat(unavailable.json().get("title").asString()).isEqualTo("Funds unavailable");
        assertThat(unavailable.json().get("detail").asString()).isEqualTo("The reserved funds are no longer available");
        assertThat(captured(reference)).isZero();

        assertThat(capture(api, reference, "NOK", 1000).status()).isEqualTo(200);
        assertThat(captured(reference)).isEqualTo(1000);
    }

    @Test
    void afterProcessingTheOperationHappensButTheClientGetsTheFailureAndARetryReplaysTheSuccess() {
        String reference = TestPayments.createAuthorized(api, 1000);
        fault("{\"operation\":\"capturePayment\",\"action\":\"ERROR\",\"status\":502,\"afterProcessing\":true}");
        Api.Call capture = api.call("POST", "/epayment/v1/payments/" + reference + "/capture").idempotencyKey("c-1")
                .json("{\"modificationAmount\":{\"currency\":\"NOK\",\"value\":400}}");

        assertProblem(capture.send(), 502, null);
        assertThat(captured(reference)).isEqualTo(400);
        Api.Response retry = capture.send();
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("aggregate").get("capturedAmount").get("value").asLong()).isEqualTo(400);
        assertThat(captured(reference)).isEqualTo(400);
    }

    @Test
    void aDroppedConnectionGetsNoAnswerAtAll() {
        String reference = TestPayments.createAuthorized(api, 1000);
        fault("{\"operation\":\"capturePayment\",\"action\":\"DROP\",\"afterProcessing\":true}");

        assertThatThrownBy(() -> api.call("POST", "/epayment/v1/payments/" + reference + "/capture")
                .idempotencyKey("c-1").json("{\"modificationAmount\":{\"currency\":\"NOK\",\"value\":300}}").trySend())
                .isInstanceOf(IOException.class);

        assertThat(captured(reference)).isEqualTo(300);
        JsonNode entry = api.control("GET", "/simulator/journal?operation=capturePayment", null).json().get(0);
        assertThat(entry.get("outcome").asString()).isEqualTo("DROPPED");
        assertThat(entry.has("status")).isFalse();
        assertThat(entry.get("faultId").asString()).isNotBlank();
    }

    @Test
    void aTimeoutHoldsTheConnectionLongerThanTheClientWaits() {
        String reference = TestPayments.create(api, 1000);
        fault("{\"operation\":\"getPayment\",\"action\":\"TIMEOUT\",\"delay\":\"1500ms\"}");

        assertThatThrownBy(() -> api.call("GET", "/epayment/v1/payments/" + reference)
                .timeout(Duration.ofMillis(500)).trySend()).isInstanceOf(HttpTimeoutException.class);
        assertThat(api.get("/epayment/v1/payments/" + reference).status()).isEqualTo(200);
    }

    @Test
    void latencyDelaysTheAnswer() {
        String reference = TestPayments.create(api, 1000);
        fault("{\"operation\":\"getPayment\",\"action\":\"DELAY\",\"delay\":\"400ms\"}");

        long started = System.nanoTime();
        assertThat(api.get("/epayment/v1/payments/" + reference).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void anUnlimitedFaultLastsUntilItIsCleared() {
        String reference = TestPayments.create(api, 1000);
        String id = fault("{\"operation\":\"getPayment\",\"action\":\"ERROR\",\"status\":503,\"times\":-1}")
                .get("id").asString();
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/epayment/v1/payments/" + reference).status()).isEqualTo(503);
        }
        assertThat(api.control("DELETE", "/simulator/faults/" + id, null).status()).isEqualTo(204);
        assertThat(api.get("/epayment/v1/payments/" + reference).status()).isEqualTo(200);

        fault("{\"action\":\"ERROR\",\"status\":500,\"times\":-1}");
        assertThat(api.control("DELETE", "/simulator/faults", null).status()).isEqualTo(204);
        assertThat(api.control("GET", "/simulator/faults", null).json()).isEmpty();
        assertThat(api.get("/epayment/v1/payments/" + reference).status()).isEqualTo(200);
    }

    @Test
    void faultRequestsAreValidated() {
        for (String body : new String[] {"{}", "{\"action\":\"EXPLODE\"}", "{\"action\":\"DELAY\"}",
                "{\"action\":\"ERROR\",\"status\":200}", "{\"action\":\"ERROR\",\"operation\":\"launchRocket\"}",
                "{\"action\":\"ERROR\",\"times\":0}", "{\"action\":\"DELAY\",\"delay\":\"soon\"}",
                "{\"action\":\"ERROR\",\"path\":\"/{unclosed\"}", "not json",
                "{\"action\":\"DELAY\",\"delay\":\"25h\"}",
                "{\"action\":\"TIMEOUT\",\"delay\":\"9223372036854775807s\"}"}) {
            boolean missing = body.equals("{}") || body.equals("{\"action\":\"DELAY\"}");
            assertProblem(api.control("POST", "/simulator/faults", body), 400, missing ? "4140" : null);
        }
        assertProblem(api.control("POST", "/simulator/webhook-faults", "{\"action\":\"DELAY\"}"), 400, "4140");
        assertProblem(api.control("POST", "/simulator/webhook-faults",
                "{\"action\":\"DELAY\",\"delay\":\"9223372036854775807s\"}"), 400, null);
        assertThat(api.control("GET", "/simulator/faults", null).json()).isEmpty();
        assertThat(api.control("GET", "/simulator/webhook-faults", null).json()).isEmpty();
        assertProblem(api.control("DELETE", "/simulator/faults/unknown", null), 404, null);
    }
}
