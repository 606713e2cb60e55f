package dev.vippsmp.simulator.epayment;

import static dev.vippsmp.simulator.support.TestPayments.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class CreatePaymentTest {

    private final Api api = new Api(Simulators.standard().baseUrl());

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
    }

    @Test
    void createAnswersTheLandingPageAndTheNewPaymentIsOpen() {
        String reference = TestPayments.reference();
        Api.Response created = api.post("/epayment/v1/payments", TestPayments.body(reference, "NOK", 1000));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("reference").asString()).isEqualTo(reference);
        String redirectUrl = created.json().get("redirectUrl").asString();
        assertThat(redirectUrl).startsWith(api.baseUrl() + "/simulator/landing?token=");
        assertThat(api.request("GET", redirectUrl.substring(api.baseUrl().length())).send().status()).isEqualTo(200);

        JsonNode payment = TestPayments.get(api, reference);
        assertThat(payment.get("state").asString()).isEqualTo("CREATED");
        assertThat(payment.get("amount").get("value").asLong()).isEqualTo(1000);
        assertThat(payment.get("aggregate").get("authorizedAmount").get("value").asLong()).isZero();
        assertThat(payment.get("paymentMethod").get("type").asString()).isEqualTo("WALLET");
        assertThat(payment.get("profile").isObject()).isTrue();
        assertThat(payment.get("profile").has("sub")).isFalse();
        assertThat(payment.get("redirectUrl").asString()).isEqualTo(redirectUrl);

        JsonNode events = api.get("/epayment/v1/payments/" + reference + "/events").json();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("name").asString()).isEqualTo("CREATED");
        assertThat(events.get(0).get("success").asBoolean()).isTrue();
        assertThat(events.get(0).get("pspReference").asString()).isNotEqualTo(payment.get("pspReference").asString());
    }

    @Test
    void theRedirectUrlFollowsThePublicBaseUrlWhenOneIsConfigured() {
        Api other = new Api(Simulators.with(Map.of("simulator.public-base-url", "https://simulator.example.test/"))
                .baseUrl());
        Api.Response created = other.post("/epayment/v1/payments",
                TestPayments.body(TestPayments.reference(), "NOK", 1000));

        assertThat(created.json().get("redirectUrl").asString())
                .startsWith("https://simulator.example.test/simulator/landing?token=");
    }

    @Test
    void eachMarketTakesItsOwnCurrencyAndMinimum() {
        Api denmark = new Api(api.baseUrl(), Api.Merchant.DENMARK);
        Api finland = new Api(api.baseUrl(), Api.Merchant.FINLAND);

        assertThat(denmark.post("/epayment/v1/payments", TestPayments.body(TestPayments.reference(), "DKK", 1))
                .status()).isEqualTo(201);
        assertThat(finland.post("/epayment/v1/payments", TestPayments.body(TestPayments.reference(), "EUR", 1))
                .status()).isEqualTo(201);
        assertProblem(denmark.post("/epayment/v1/payments", TestPayments.body(TestPayments.reference(), "NOK", 1000)),
                400, "5040");
        assertProblem(finland.post("/epayment/v1/payments", TestPayments.body(TestPayments.reference(), "DKK", 1000)),
                400, "5040");
        assertProblem(api.post("/epayment/v1/payments", TestPayments.body(TestPayments.reference(), "NOK", 99)),
                400, "6010");
    }

    @Test
    void pushMessageAnswersNoRedirectUrlAndQrAnswersItsImage() {
        Api.Response push = api.post("/epayment/v1/payments", """
                {"amount":{"currency":"NOK","value":1000},"paymentMethod":{"type":"WALLET"},
                 "reference":"%s","userFlow":"PUSH_MESSAGE","customer":{"phoneNumber":"4791234567"}}"""
                .formatted(TestPayments.reference()));
        assertThat(push.status()).isEqualTo(201);
        assertThat(push.json().has("redirectUrl")).isFalse();

        Api.Response qr = api.post("/epayment/v1/payments", """
                {"amount":{"currency":"NOK","value":1000},"paymentMethod":{"type":"WALLET"},
                 "reference":"%s","userFlow":"QR"}""".formatted(TestPayments.reference()));
        String image = qr.json().get("redirectUrl").asString();
        assertThat(image).contains("/simulator/qr?token=");
        Api.Response svg = api.request("GET", image.substring(api.baseUrl().length())).send();
        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(svg.body()).contains("/simulator/landing?token=");

        Api.Response target = api.post("/epayment/v1/payments", """
                {"amount":{"currency":"NOK","value":1000},"paymentMethod":{"type":"WALLET"},
                 "reference":"%s","userFlow":"QR","qrFormat":{"format":"TEXT/TARGETURL"}}"""
                .formatted(TestPayments.reference()));
        assertThat(target.json().get("redirectUrl").asString()).contains("/simulator/landing?token=");
    }

    @Test
    void referencesOfUpToSixtyFourCharactersAreAccepted() {
        String reference = "a".repeat(56) + TestPayments.reference().substring(5, 13);
        assertThat(api.post("/epayment/v1/payments", TestPayments.body(reference, "NOK", 1000)).status())
                .isEqualTo(201);
        assertThat(TestPayments.get(api, reference).get("reference").asString()).isEqualTo(reference);
    }

    @Test
    void expiresAtIsHonouredForQrPaymentsWithAReceipt() {
        String reference = TestPayments.reference();
        String expiresAt = java.time.Instant.now().plus(java.time.Duration.ofHours(2)).toString();
        Api.Response created = api.post("/epayment/v1/payments", """
                {"amount":{"currency":"NOK","value":1000},"paymentMethod":{"type":"WALLET"},"reference":"%s",
                 "userFlow":"QR","expiresAt":"%s","receipt":%s}""".formatted(reference, expiresAt, RECEIPT));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        api.control("POST", "/simulator/clock/advance", "{\"duration\":\"15m\"}");
        assertThat(TestPayments.get(api, reference).get("state").asString()).isEqualTo("CREATED");
        api.control("POST", "/simulator/clock/advance", "{\"duration\":\"2h\"}");
        api.forgetToken();
        assertThat(TestPayments.get(api, reference).get("state").asString()).isEqualTo("EXPIRED");
    }

    static final String RECEIPT = """
            {"orderLines":[{"name":"Socks","id":"socks-1","totalAmount":1000,"totalAmountExcludingTax":800,
              "totalTaxAmount":200,"taxRate":2500,"unitInfo":{"unitPrice":500,"quantity":"2","quantityUnit":"PCS"}}],
             "bottomLine":{"currency":"NOK"}}""";

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                Arguments.of("amount missing", remove("amount"), "4140"),
                Arguments.of("paymentMethod missing", remove("paymentMethod"), "4140"),
                Arguments.of("reference missing", remove("reference"), "4140"),
                Arguments.of("userFlow missing", remove("userFlow"), "4140"),
                Arguments.of("returnUrl missing for WEB_REDIRECT", remove("returnUrl"), "4140"),
                Arguments.of("amount as a string", set("amount", "{\"currency\":\"NOK\",\"value\":\"1000\"}"), "4040"),
                Arguments.of("amount with decimals", set("amount", "{\"currency\":\"NOK\",\"value\":10.5}"), "4040"),
                Arguments.of("negative amount", set("amount", "{\"currency\":\"NOK\",\"value\":-100}"), "4040"),
                Arguments.of("amount too large", set("amount", "{\"currency\":\"NOK\",\"value\":65000001}"), "4040"),
                Arguments.of("unknown currency", set("amount", "{\"currency\":\"SEK\",\"value\":1000}"), "4040"),
                Arguments.of("amount not an object", set("amount", "1000"), "4040"),
                Arguments.of("currency of another market", set("amount", "{\"currency\":\"DKK\",\"value\":1000}"), "5040"),
                Arguments.of("below the minimum", set("amount", "{\"currency\":\"NOK\",\"value\":50}"), "6010"),
                Arguments.of("phone number too short", set("customer", "{\"phoneNumber\":\"12345\"}"), "4070"),
                Arguments.of("phone number with letters", set("customer", "{\"phoneNumber\":\"47912345ab\"}"), "4070"),
                Arguments.of("phone number as a number", set("customer", "{\"phoneNumber\":4791234567}"), "4070"),
                Arguments.of("two customer identities",
                        set("customer", "{\"phoneNumber\":\"4791234567\",\"customerToken\":\"abc\"}"), null),
                Arguments.of("unknown scope", set("profile", "{\"scope\":\"name shoeSize\"}"), "4080"),
                Arguments.of("empty scope", set("profile", "{\"scope\":\"\"}"), "4080"),
                Arguments.of("nin without approval", set("profile", "{\"scope\":\"nin\"}"), "4080"),
                Arguments.of("plain http return URL", set("returnUrl", "\"http://shop.example.com/return\""), "4090"),
                Arguments.of("relative return URL", set("returnUrl", "\"/return\""), "4090"),
                Arguments.of("garbage return URL", set("returnUrl", "\"https://exa mple.com\""), "4090"),
                Arguments.of("plain http receipt URL", set("receiptUrl", "\"http://shop.example.com/r\""), "4090"),
                Arguments.of("six metadata entries",
                        set("metadata", "{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\",\"d\":\"4\",\"e\":\"5\",\"f\":\"6\"}"), "4100"),
                Arguments.of("metadata key too long", set("metadata", "{\"" + "k".repeat(101) + "\":\"v\"}"), "4110"),
                Arguments.of("metadata value too long", set("metadata", "{\"k\":\"" + "v".repeat(501) + "\"}"), "4120"),
                Arguments.of("metadata value not a string", set("metadata", "{\"k\":5}"), "4130"),
                Arguments.of("reference too short", set("reference", "\"short\""), null),
                Arguments.of("reference too long", set("reference", "\"" + "r".repeat(65) + "\""), null),
                Arguments.of("reference with spaces", set("reference", "\"order 12345\""), null),
                Arguments.of("reference as a number", set("reference", "12345678"), null),
                Arguments.of("unknown user flow", set("userFlow", "\"EMAIL\""), null),
                Arguments.of("unknown payment method", set("paymentMethod", "{\"type\":\"CASH\"}"), null),
                Arguments.of("card without web redirect",
                        set("paymentMethod", "{\"type\":\"CARD\"}", "userFlow", "\"QR\""), null),
                Arguments.of("description too short", set("paymentDescription", "\"ab\""), null),
                Arguments.of("expiresAt with web redirect",
                        set("expiresAt", "\"2099-01-01T00:00:00Z\""), null),
                Arguments.of("push message without customer",
                        set("userFlow", "\"PUSH_MESSAGE\""), "4140"),
                Arguments.of("push message to an unknown customer",
                        set("userFlow", "\"PUSH_MESSAGE\"", "customer", "{\"phoneNumber\":\"4790000000\"}"), "7010"),
                Arguments.of("qr format without QR flow", set("qrFormat", "{\"format\":\"IMAGE/PNG\"}"), null),
                Arguments.of("receipt without order lines", set("receipt", "{\"bottomLine\":{\"currency\":\"NOK\"}}"), "4140"),
                Arguments.of("receipt line without tax", set("receipt", """
                        {"orderLines":[{"name":"Socks","id":"1","totalAmount":1000,"totalAmountExcludingTax":800,
                          "totalTaxAmount":200}],"bottomLine":{"currency":"NOK"}}"""), "4140"),
                Arguments.of("receipt in another currency", set("receipt", RECEIPT.replace("\"NOK\"", "\"DKK\"")), "5040"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void invalidRequestsGetTheVendorsErrorCode(String description, java.util.function.UnaryOperator<ObjectNode> change,
            String errorCode) {
        ObjectNode body = (ObjectNode) Api.JSON.readTree(TestPayments.body(TestPayments.reference(), "NOK", 1000));
        Api.Response response = api.post("/epayment/v1/payments", change.apply(body).toString());

        assertProblem(response, 400, errorCode);
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }

    @Test
    void malformedBodiesAndMissingHeadersGetTheVendorsShape() {
        assertProblem(api.post("/epayment/v1/payments", "{\"amount\": "), 400, null);
        assertProblem(api.post("/epayment/v1/payments", "[1,2]"), 400, null);
        assertProblem(api.post("/epayment/v1/payments", ""), 400, "4140");
        assertProblem(api.call("POST", "/epayment/v1/payments")
                .json(TestPayments.body(TestPayments.reference(), "NOK", 1000)).send(), 400, "4140");
        assertProblem(api.call("POST", "/epayment/v1/payments").idempotencyKey("k".repeat(51))
                .json(TestPayments.body(TestPayments.reference(), "NOK", 1000)).send(), 400, null);
        assertProblem(api.call("POST", "/epayment/v1/payments").idempotencyKey("text-body")
                .header("Content-Type", "text/plain").body(TestPayments.body(TestPayments.reference(), "NOK", 1000))
                .send(), 415, null);
    }

    private static java.util.function.UnaryOperator<ObjectNode> remove(String field) {
        return body -> {
            body.remove(field);
            return body;
        };
    }

    private static java.util.function.UnaryOperator<ObjectNode> set(String... fieldsAndJson) {
        return body -> {
            for (int i = 0; i < fieldsAndJson.length; i += 2) {
                body.set(fieldsAndJson[i], Api.JSON.readTree(fieldsAndJson[i + 1]));
            }
            return body;
        };
    }
}
