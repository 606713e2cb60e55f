package dev.vippsmp.simulator.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.simulator.support.Api;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The recurring requests the tests make again and again, sent as a shop would send them. */
final class TestAgreements {

    static final String REDIRECT = "https://shop.example.com/subscription/return";
    static final String AGREEMENT_URL = "https://shop.example.com/my/subscriptions";

    private TestAgreements() {
    }

    /** A minimal LEGACY draft of 99.00 NOK a month; {@code extra} is spliced in as more fields. */
    static String draft(String extra) {
        return """
                {"pricing":{"type":"LEGACY","amount":9900,"currency":"NOK"},
                 "interval":{"unit":"MONTH","count":1},
                 "merchantRedirectUrl":"%s","merchantAgreementUrl":"%s",
                 "productName":"Coffee club"%s}""".formatted(REDIRECT, AGREEMENT_URL,
                extra == null || extra.isEmpty() ? "" : "," + extra);
    }

    static JsonNode create(Api api, String body) {
        Api.Response created = api.post("/recurring/v3/agreements", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** Creates and accepts an agreement; returns its id. */
    static String active(Api api, String extra) {
        String id = create(api, draft(extra)).get("agreementId").asString();
        Api.Response accepted = accept(api, id);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return id;
    }

    static Api.Response accept(Api api, String agreementId) {
        return api.control("POST", "/simulator/recurring/agreements/" + agreementId + "/accept", null);
    }

    static JsonNode agreement(Api api, String agreementId) {
        Api.Response response = api.get("/recurring/v3/agreements/" + agreementId);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static String chargeBody(long amount, String transactionType, LocalDate due, int retryDays) {
        return """
                {"amount":%d,"transactionType":"%s","description":"Coffee, one month","due":"%s",
                 "retryDays":%d,"type":"RECURRING"}""".formatted(amount, transactionType, due, retryDays);
    }

    static Api.Response postCharge(Api api, String agreementId, String body) {
        return api.post("/recurring/v3/agreements/" + agreementId + "/charges", body);
    }

    /** Creates a charge due tomorrow (the earliest a RECURRING charge may be due); returns its id. */
    static String charge(Api api, String agreementId, long amount, String transactionType, int retryDays) {
        Api.Response created = postCharge(api, agreementId,
                chargeBody(amount, transactionType, today(api).plusDays(1), retryDays));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("chargeId").asString();
    }

    static JsonNode charge(Api api, String agreementId, String chargeId) {
        Api.Response response = api.get("/recurring/v3/agreements/" + agreementId + "/charges/" + chargeId);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static JsonNode process(Api api, String chargeId) {
        Api.Response processed = api.control("POST", "/simulator/recurring/charges/" + chargeId + "/process", null);
        assertThat(processed.status()).as(processed.body()).isEqualTo(200);
        return processed.json();
    }

    static Api.Response adjust(Api api, String agreementId, String chargeId, String operation, long amount) {
        return api.post("/recurring/v3/agreements/" + agreementId + "/charges/" + chargeId + "/" + operation,
                "{\"amount\":" + amount + ",\"description\":\"Adjustment\"}");
    }

    static Api.Response cancel(Api api, String agreementId, String chargeId) {
        return api.call("DELETE", "/recurring/v3/agreements/" + agreementId + "/charges/" + chargeId)
                .idempotencyKey(UUID.randomUUID().toString()).send();
    }

    static Api.Response patch(Api api, String agreementId, String json) {
        return api.call("PATCH", "/recurring/v3/agreements/" + agreementId)
                .idempotencyKey(UUID.randomUUID().toString()).json(json).send();
    }

    /** Today in the simulator's clock, as a Norwegian date like the vendor's. */
    static LocalDate today(Api api) {
        Instant now = Instant.parse(api.control("GET", "/simulator/clock", null).json().get("now").asString());
        return LocalDate.ofInstant(now, ZoneId.of("Europe/Oslo"));
    }

    /** Moves the simulator's clock; the access token then has expired, so the next call fetches a new one. */
    static void advance(Api api, String duration) {
        Api.Response advanced = api.control("POST", "/simulator/clock/advance", "{\"duration\":\"" + duration + "\"}");
        assertThat(advanced.status()).as(advanced.body()).isEqualTo(200);
        api.forgetToken();
    }

    /** The spec's {@code ErrorV3}: problem JSON with a contextId and {@code extraDetails:[{field, text}]}. */
    static void assertProblem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
        JsonNode body = response.json();
        assertThat(body.get("type").asString()).startsWith("https://developer.vippsmobilepay.com/");
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("detail").asString()).isNotBlank();
        assertThat(body.get("instance").asString()).startsWith("/recurring/v3/");
        assertThat(body.get("contextId").asString()).hasSize(36);
        if (field != null) {
            assertThat(body.get("extraDetails").valueStream().map(detail -> detail.get("field").asString()))
                    .as(response.body()).contains(field);
            assertThat(body.get("extraDetails").get(0).get("text").asString()).isNotBlank();
        }
    }
}
