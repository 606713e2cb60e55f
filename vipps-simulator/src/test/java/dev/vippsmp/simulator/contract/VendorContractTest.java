package dev.vippsmp.simulator.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.vippsmp.simulator.http.ApiFamily;
import dev.vippsmp.simulator.http.ApiOperation;
import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Exchanges;
import dev.vippsmp.simulator.support.Receiver;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Validates what the simulator answers (and what these tests send it) against the vendor's OpenAPI files, for every
 * operation, successes and failures alike. Differences are allowed only where {@link SpecDeviations} lists them.
 */
class VendorContractTest {

    private static final String RECEIPT = """
            {"orderLines":[{"name":"Socks","id":"socks-1","totalAmount":1000,"totalAmountExcludingTax":800,
              "totalTaxAmount":200,"taxRate":2500,"taxPercentage":25,
              "unitInfo":{"unitPrice":500,"quantity":"2","quantityUnit":"PCS"}}],
             "bottomLine":{"currency":"NOK"}}""";

    private static final List<String> EVENT_NAMES = List.of("CREATED", "ABORTED", "EXPIRED", "CANCELLED", "CAPTURED",
            "REFUNDED", "AUTHORIZED", "TERMINATED");
    /** The shop's webhook endpoint: every delivery's body is validated too. */
    private static final Receiver SHOP = new Receiver();

    private final Api api = new Api(Simulators.standard().baseUrl());

    @AfterAll
    static void stop() {
        SHOP.close();
    }

    @Test
    void everyExchangeMatchesTheVendorsSpecsExceptTheListedDeviations() {
        TestPayments.reset(api);
        Exchanges.start();
        List<Exchanges.Exchange> exchanges;
        try {
            exerciseEveryOperation();
            exerciseRefusals();
        } finally {
            exchanges = Exchanges.stop();
        }
        verify(exchanges, deliveredWebhooks());
    }

    private void exerciseEveryOperation() {
        api.fetchToken();
        api.request("POST", "/accesstoken/get").header("client_id", "sim-client-id")
                .header("client_secret", "wrong").header("Ocp-Apim-Subscription-Key", "sim-subscription-key").send();
        api.post("/webhooks/v1/webhooks", Api.JSON.writeValueAsString(Map.of("url", SHOP.url("/contract/webhooks"),
                "events", EVENT_NAMES.stream().map(name -> "epayments.payment." + name.toLowerCase(Locale.ROOT) + ".v1")
                        .toList())));

        String plain = TestPayments.reference();
        api.post("/epayment/v1/payments", TestPayments.body(plain, "NOK", 1000));
        api.post("/epayment/v1/payments", TestPayments.body(plain, "NOK", 1000));
        api.post("/epayment/v1/payments", TestPayments.body(TestPayments.reference(), "NOK", 50));
        api.get("/epayment/v1/payments/" + plain);
        api.get("/epayment/v1/payments/" + plain + "/events");
        api.call("POST", "/epayment/v1/test/payments/" + plain + "/approve")
                .json("{\"customer\":{\"phoneNumber\":\"4791234567\"}}").send();
        api.get("/epayment/v1/payments/" + plain);
        TestPayments.capture(api, plain, "NOK", 600);
        TestPayments.capture(api, plain, "NOK", 600);
        TestPayments.refund(api, plain, "NOK", 100);
        api.call("POST", "/epayment/v1/payments/" + plain + "/cancel").idempotencyKey("cancel-" + plain).send();
        api.get("/epayment/v1/payments/" + plain + "/events");
        api.get("/epayment/v1/payments/unknown-reference");
        TestPayments.capture(api, "unknown-reference", "NOK", 100);

        String terminated = TestPayments.create(api, 1000);
        api.call("POST", "/epayment/v1/payments/" + terminated + "/cancel").send();
        TestPayments.complete(api, TestPayments.create(api, 1000), "{\"action\":\"REJECT\"}");
        api.control("POST", "/simulator/payments/" + TestPayments.create(api, 1000) + "/expire", null);

        String longReference = "contract-" + "x".repeat(47) + TestPayments.reference().substring(5, 13);
        api.post("/epayment/v1/payments", TestPayments.body(longReference, "NOK", 1000));

        String profile = TestPayments.reference();
        api.post("/epayment/v1/payments", """
                {"amount":{"currency":"NOK","value":1500},"paymentMethod":{"type":"WALLET"},"reference":"%s",
                 "userFlow":"WEB_REDIRECT","returnUrl":"https://shop.example.com/return",
                 "profile":{"scope":"name email phoneNumber address birthDate"},"receipt":%s,
                 "metadata":{"orderId":"1001"}}""".formatted(profile, RECEIPT.replace("1000", "1500")));
        TestPayments.complete(api, profile, "{\"user\":\"4791234567\"}");
        JsonNode payment = org.awaitility.Awaitility.await().until(() -> TestPayments.get(api, profile),
                found -> found.get("profile").has("sub"));
        String sub = payment.get("profile").get("sub").asString();
        api.get("/vipps-userinfo-api/userinfo/" + sub);
        api.get("/vipps-userinfo-api/userinfo/unknown-sub");

        String express = TestPayments.reference();
        api.post("/epayment/v1/payments", dev.vippsmp.simulator.epayment.ExpressTestBodies.express(express));
        TestPayments.complete(api, express, "{}");
        org.awaitility.Awaitility.await().until(() -> TestPayments.get(api, express), found -> found.has("userDetails"));

        String hook = api.post("/webhooks/v1/webhooks", "{\"url\":\"https://shop.example.com/hook\","
                + "\"events\":[\"epayments.payment.captured.v1\"]}").json().get("id").asString();
        api.post("/webhooks/v1/webhooks", "{\"url\":\"ftp://shop.example.com/hook\","
                + "\"events\":[\"epayments.payment.captured.v1\"]}");
        api.get("/webhooks/v1/webhooks");
        api.call("DELETE", "/webhooks/v1/webhooks/" + hook).send();

        api.call("POST", "/order-management/v2/ECOM/receipts/" + plain).json(RECEIPT).send();
        api.call("POST", "/order-management/v2/ECOM/receipts/" + plain).json(RECEIPT).send();
        api.call("PUT", "/order-management/v2/ECOM/categories/" + plain)
                .json("{\"category\":\"GENERAL\",\"orderDetailsUrl\":\"https://shop.example.com/o/1\"}").send();
        api.call("PUT", "/order-management/v2/ECOM/categories/" + plain)
                .json("{\"category\":\"GIFT\",\"orderDetailsUrl\":\"https://shop.example.com/o/1\"}").send();
        api.get("/order-management/v2/ECOM/" + plain);
        api.get("/order-management/v2/ECOM/" + profile);
    }

    /**
     * What the vendor's gateway answers on every API, whether or not the spec lists it (DIGEST §2, §4, §14): 401 for a
     * token it does not know, 403 for another sales unit's Merchant-Serial-Number, and 404 for a webhook that is not
     * there. Each status is checked, so the exchange validated is the one meant.
     */
    private void exerciseRefusals() {
        String reference = TestPayments.create(api, 1000);
        String otherMsn = Api.Merchant.DENMARK.msn();
        for (String path : List.of("/epayment/v1/payments/" + reference, "/webhooks/v1/webhooks",
                "/vipps-userinfo-api/userinfo/" + UUID.randomUUID(), "/order-management/v2/ECOM/" + reference)) {
            expect(401, api.call("GET", path).header("Authorization", "Bearer not-a-token").send());
            expect(403, api.call("GET", path).header("Merchant-Serial-Number", otherMsn).send());
        }
        expect(403, api.request("POST", "/accesstoken/get").header("client_id", "sim-client-id")
                .header("client_secret", "sim-client-secret")
                .header("Ocp-Apim-Subscription-Key", "sim-subscription-key")
                .header("Merchant-Serial-Number", otherMsn).send());
        expect(404, api.call("DELETE", "/webhooks/v1/webhooks/" + UUID.randomUUID()).send());
    }

    private static void expect(int status, Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }

    /** The bodies the shop received, once every kind of event the exercise caused has arrived. */
    private static List<String> deliveredWebhooks() {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> SHOP.received("/contract/webhooks").stream().map(Receiver.Received::text).toList(),
                received -> received.stream().map(body -> Api.JSON.readTree(body).path("name").asString())
                        .collect(Collectors.toSet()).containsAll(EVENT_NAMES));
    }

    private void verify(List<Exchanges.Exchange> exchanges, List<String> webhooks) {
        Map<String, OpenApiInteractionValidator> validators = VendorSpecs.validators();
        List<String> problems = new ArrayList<>();
        Set<SpecDeviations.Deviation> used = new HashSet<>();
        Set<String> operations = new HashSet<>();
        VendorSpecs.WebhookEventValidator webhookEvents = VendorSpecs.webhookEvents();
        for (String body : webhooks) {
            for (ValidationReport.Message message : webhookEvents.validate(body).getMessages()) {
                if (message.getLevel() != ValidationReport.Level.ERROR) {
                    continue;
                }
                var deviation = SpecDeviations.excusing(VendorSpecs.EPAYMENT, VendorSpecs.WEBHOOK_EVENT, message);
                if (deviation.isPresent()) {
                    used.add(deviation.get());
                } else {
                    problems.add("webhook " + body + ": [" + message.getKey() + "] " + message.getMessage());
                }
            }
        }
        for (Exchanges.Exchange exchange : exchanges) {
            String path = exchange.call().path();
            String spec = VendorSpecs.specFor(path);
            if (spec == null) {
                continue;
            }
            ApiOperation.match(exchange.call().method(), path.split("\\?")[0])
                    .ifPresent(operation -> operations.add(operation.operationId()));
            ValidationReport report = validators.get(spec).validate(request(exchange.call()), response(exchange.response()));
            for (ValidationReport.Message message : report.getMessages()) {
                if (message.getLevel() != ValidationReport.Level.ERROR) {
                    continue;
                }
                if (exchange.response().status() >= 400 && message.getKey().startsWith("validation.request.")) {
                    continue; // a request the simulator refused was meant to break the rules
                }
                var deviation = SpecDeviations.excusing(spec, path, message);
                if (deviation.isPresent()) {
                    used.add(deviation.get());
                } else {
                    problems.add(exchange.call().method() + " " + path + " -> " + exchange.response().status() + ": ["
                            + message.getKey() + "] " + message.getMessage());
                }
            }
        }
        assertThat(problems).as("differences from the vendor's specs not listed in SpecDeviations").isEmpty();
        assertThat(SpecDeviations.ALL).as("deviations that no longer excuse anything").allMatch(used::contains);
        // Recurring v3 is not exercised here yet: its answers are checked field by field by the tests in
        // simulator.recurring, not by the spec validator.
        assertThat(operations).as("operations exercised").containsExactlyInAnyOrder(
                Arrays.stream(ApiOperation.values()).filter(operation -> operation.family() != ApiFamily.RECURRING)
                        .map(ApiOperation::operationId).toArray(String[]::new));
    }

    private static Request request(Api.Call call) {
        String path = call.path();
        String query = null;
        int question = path.indexOf('?');
        if (question >= 0) {
            query = path.substring(question + 1);
            path = path.substring(0, question);
        }
        SimpleRequest.Builder builder = new SimpleRequest.Builder(call.method(), path);
        call.headers().forEach(builder::withHeader);
        if (!call.sentBody().isEmpty()) {
            builder.withBody(call.sentBody());
        }
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                builder.withQueryParam(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return builder.build();
    }

    private static SimpleResponse response(Api.Response response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.status());
        response.headers().forEach((name, values) -> values.forEach(value -> builder.withHeader(name, value)));
        if (!response.body().isEmpty()) {
            builder.withBody(response.body());
        }
        return builder.build();
    }
}
