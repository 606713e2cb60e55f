package dev.vippsmp.simulator.epayment;

import static dev.vippsmp.simulator.support.TestPayments.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdempotencyTest {

    private final Api api = new Api(Simulators.standard().baseUrl());

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
    }

    private Api.Response create(String key, String body) {
        return api.call("POST", "/epayment/v1/payments").idempotencyKey(key).json(body).send();
    }

    @Test
    void theSameKeyAndBodyReplayTheFirstOutcomeEvenWithKeysInAnotherOrder() {
        String reference = TestPayments.reference();
        String body = TestPayments.body(reference, "NOK", 1000);
        Api.Response first = create("create-" + reference, body);
        String reordered = "{\"userFlow\":\"WEB_REDIRECT\",\"reference\":\"" + reference + "\","
                + "\"paymentMethod\":{\"type\":\"WALLET\"},\"amount\":{\"value\":1000,\"currency\":\"NOK\"},"
                + "\"returnUrl\":\"https://shop.example.com/return?order=" + reference + "\","
                + "\"paymentDescription\":\"Order " + reference + "\"}";
        Api.Response replay = create("create-" + reference, reordered);

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.json()).isEqualTo(first.json());
        assertThat(api.get("/epayment/v1/payments/" + reference + "/events").json()).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflictAndAUsedReferenceIs4150() {
        String reference = TestPayments.reference();
        create("key-" + reference, TestPayments.body(reference, "NOK", 1000));

        assertProblem(create("key-" + reference, TestPayments.body(reference, "NOK", 2000)), 409, "4020");
        assertProblem(create("other-" + reference, TestPayments.body(reference, "NOK", 1000)), 409, "4150");
    }

    @Test
    void aFirstValidationErrorStaysTheAnswerForItsKey() {
        String reference = TestPayments.reference();
        String invalid = TestPayments.body(reference, "NOK", 50);

        assertProblem(create("bad-" + reference, invalid), 400, "6010");
        assertProblem(create("bad-" + reference, invalid), 400, "6010");
        assertThat(api.get("/epayment/v1/payments/" + reference).status()).isEqualTo(404);
    }

    @Test
    void aRepeatedCaptureCapturesOnceAndAChangedBodyIs4010() {
        String reference = TestPayments.createAuthorized(api, 1000);
        String body = "{\"modificationAmount\":{\"currency\":\"NOK\",\"value\":300}}";
        String path = "/epayment/v1/payments/" + reference + "/capture";

        Api.Response first = api.call("POST", path).idempotencyKey("capture-1").json(body).send();
        Api.Response again = api.call("POST", path).idempotencyKey("capture-1").json(body).send();

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(TestPayments.get(api, reference).get("aggregate").get("capturedAmount").get("value").asLong())
                .isEqualTo(300);
        assertProblem(api.call("POST", path).idempotencyKey("capture-1")
                .json("{\"modificationAmount\":{\"currency\":\"NOK\",\"value\":400}}").send(), 409, "4010");
        assertThat(api.call("POST", path).idempotencyKey("capture-2").json(body).send().status()).isEqualTo(200);
        assertThat(TestPayments.get(api, reference).get("aggregate").get("capturedAmount").get("value").asLong())
                .isEqualTo(600);
    }

    @Test
    void aRepeatedRefundRefundsOnceAndAChangedBodyIs4150() {
        String reference = TestPayments.createAuthorized(api, 1000);
        TestPayments.capture(api, reference, "NOK", 1000);
        String path = "/epayment/v1/payments/" + reference + "/refund";
        String body = "{\"modificationAmount\":{\"currency\":\"NOK\",\"value\":100}}";

        api.call("POST", path).idempotencyKey("refund-1").json(body).send();
        api.call("POST", path).idempotencyKey("refund-1").json(body).send();

        assertThat(TestPayments.get(api, reference).get("aggregate").get("refundedAmount").get("value").asLong())
                .isEqualTo(100);
        assertProblem(api.call("POST", path).idempotencyKey("refund-1")
                .json("{\"modificationAmount\":{\"currency\":\"NOK\",\"value\":200}}").send(), 409, "4150");
    }

    @Test
    void cancelNeedsNoKeyNorBodyAndAKeyedCancelReplays() {
        String withoutKey = TestPayments.create(api, 1000);
        Api.Response bare = api.call("POST", "/epayment/v1/payments/" + withoutKey + "/cancel").send();
        assertThat(bare.status()).as(bare.body()).isEqualTo(200);
        assertThat(bare.json().get("state").asString()).isEqualTo("TERMINATED");

        String keyed = TestPayments.create(api, 1000);
        String path = "/epayment/v1/payments/" + keyed + "/cancel";
        Api.Response first = api.call("POST", path).idempotencyKey("cancel-1").header("Content-Type", "application/json")
                .send();
        Api.Response again = api.call("POST", path).idempotencyKey("cancel-1").header("Content-Type", "application/json")
                .send();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertProblem(api.call("POST", path).idempotencyKey("cancel-2").send(), 400, "6190");
    }

    @Test
    void concurrentCapturesNeverLoseOrDoubleAnAmount() throws Exception {
        api.control("PUT", "/simulator/rate-limits", "{\"enabled\":false}");
        String reference = TestPayments.createAuthorized(api, 10_000);
        String path = "/epayment/v1/payments/" + reference + "/capture";
        String body = "{\"modificationAmount\":{\"currency\":\"NOK\",\"value\":1000}}";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Api.Response>> distinct = new java.util.ArrayList<>();
            List<java.util.concurrent.Future<Api.Response>> sameKey = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String key = "parallel-" + i;
                distinct.add(pool.submit(() -> api.call("POST", path).idempotencyKey(key).json(body).send()));
                sameKey.add(pool.submit(() -> api.call("POST", path).idempotencyKey("shared").json(body).send()));
            }
            long captured = 0;
            for (var future : distinct) {
                Api.Response response = future.get();
                assertThat(response.status()).as(response.body()).isIn(200, 423);
                captured += response.status() == 200 ? 1000 : 0;
            }
            for (var future : sameKey) {
                assertThat(future.get().status()).isIn(200, 423);
            }
            assertThat(TestPayments.get(api, reference).get("aggregate").get("capturedAmount").get("value").asLong())
                    .isEqualTo(captured + 1000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIdempotencyKeyOnAReadIsIgnored() {
        String reference = TestPayments.create(api, 1000);
        assertThat(api.call("GET", "/epayment/v1/payments/" + reference).idempotencyKey("read-key").send().status())
                .isEqualTo(200);
        assertThat(api.call("GET", "/epayment/v1/payments/" + reference + "/events").idempotencyKey("read-key")
                .send().status()).isEqualTo(200);
    }

    @Test
    void keysAreScopedPerOperationAndReference() {
        String first = TestPayments.createAuthorized(api, 1000);
        String second = TestPayments.createAuthorized(api, 1000);
        String body = "{\"modificationAmount\":{\"currency\":\"NOK\",\"value\":100}}";

        assertThat(api.call("POST", "/epayment/v1/payments/" + first + "/capture").idempotencyKey("shared")
                .json(body).send().status()).isEqualTo(200);
        assertThat(api.call("POST", "/epayment/v1/payments/" + second + "/capture").idempotencyKey("shared")
                .json(body).send().status()).isEqualTo(200);
        assertThat(TestPayments.get(api, second).get("aggregate").get("capturedAmount").get("value").asLong())
                .isEqualTo(100);
    }
}
