package dev.vippsmp.simulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Requests the tests make again and again. */
public final class TestPayments {

    private TestPayments() {
    }

    /** A reference no other test uses. */
    public static String reference() {
        return "test-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    public static String body(String reference, String currency, long value) {
        return """
                {"amount":{"currency":"%s","value":%d},"paymentMethod":{"type":"WALLET"},"reference":"%s",
                 "userFlow":"WEB_REDIRECT","returnUrl":"https://shop.example.com/return?order=%s",
                 "paymentDescription":"Order %s"}""".formatted(currency, value, reference, reference, reference);
    }

    /** Creates a NOK payment of the Norwegian merchant and returns its reference. */
    public static String create(Api api, long value) {
        String reference = reference();
        Api.Response response = api.post("/epayment/v1/payments", body(reference, api.merchant() == Api.Merchant.DENMARK
                ? "DKK" : api.merchant() == Api.Merchant.FINLAND ? "EUR" : "NOK", value));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return reference;
    }

    public static String createAuthorized(Api api, long value) {
        String reference = create(api, value);
        Api.Response approved = api.call("POST", "/epayment/v1/test/payments/" + reference + "/approve").send();
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return reference;
    }

    public static JsonNode get(Api api, String reference) {
        Api.Response response = api.get("/epayment/v1/payments/" + reference);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    public static Api.Response capture(Api api, String reference, String currency, long value) {
        return modify(api, reference, "capture", currency, value);
    }

    public static Api.Response refund(Api api, String reference, String currency, long value) {
        return modify(api, reference, "refund", currency, value);
    }

    public static Api.Response modify(Api api, String reference, String operation, String currency, long value) {
        return api.post("/epayment/v1/payments/" + reference + "/" + operation,
                "{\"modificationAmount\":{\"currency\":\"" + currency + "\",\"value\":" + value + "}}");
    }

    public static Api.Response complete(Api api, String reference, String json) {
        return api.control("POST", "/simulator/payments/" + reference + "/complete", json);
    }

    public static void reset(Api api) {
        assertThat(api.control("POST", "/simulator/reset", null).status()).isEqualTo(204);
        api.forgetToken();
    }

    /** The vendor's problem shape: type, title, status, detail, instance, traceId, extraDetails. */
    public static void assertProblem(Api.Response response, int status, String errorCode) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("type").asString()).startsWith("https://");
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("detail").asString()).isNotBlank();
        assertThat(body.get("instance").asString()).startsWith("/");
        assertThat(body.get("traceId").asString()).hasSize(32);
        assertThat(body.get("extraDetails").isArray()).isTrue();
        assertThat(response.errorCode()).isEqualTo(errorCode);
    }
}
