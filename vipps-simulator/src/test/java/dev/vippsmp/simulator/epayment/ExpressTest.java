package dev.vippsmp.simulator.epayment;

import static dev.vippsmp.simulator.support.TestPayments.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Receiver;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ExpressTest {

    static final String GROUPS = """
            {"groups":[{"brand":"BRING","type":"HOME_DELIVERY","isDefault":true,"priority":1,"options":[
              {"id":"bring-home","name":"Bring to your door","amount":{"currency":"NOK","value":12900},
               "isDefault":true,"priority":1}]}]}""";

    private static final Receiver MERCHANT = new Receiver();
    private final Api api = new Api(Simulators.with(Simulators.FAST_WEBHOOKS).baseUrl());

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
        MERCHANT.clear();
    }

    @AfterAll
    static void stop() {
        MERCHANT.close();
    }

    private String dynamicOptions() {
        return "{\"dynamicOptions\":{\"callbackUrl\":\"" + MERCHANT.url("/shipping") + "\","
                + "\"callbackAuthorizationToken\":\"callback-secret-123\"}}";
    }

    private String create(String shipping) {
        String reference = TestPayments.reference();
        Api.Response created = api.post("/epayment/v1/payments", ExpressTestBodies.express(reference, shipping));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return reference;
    }

    @Test
    void theChosenFixedOptionIsAddedToTheReservedAmount() {
        String reference = create(ExpressTestBodies.FIXED_OPTIONS);

        JsonNode completed = TestPayments.complete(api, reference,
                "{\"user\":\"4798765432\",\"addressIndex\":1,\"shippingOptionId\":\"helthjem-home\"}").json();

        assertThat(completed.get("outcome").asString()).isEqualTo("AUTHORIZED");
        JsonNode payment = await().atMost(Duration.ofSeconds(5)).until(() -> TestPayments.get(api, reference),
                found -> found.has("userDetails"));
        assertThat(payment.get("amount").get("value").asLong()).isEqualTo(29900);
        assertThat(payment.get("aggregate").get("authorizedAmount").get("value").asLong()).isEqualTo(29900);
        JsonNode shipping = payment.get("shippingDetails");
        assertThat(shipping.get("shippingCost").asLong()).isEqualTo(9900);
        assertThat(shipping.get("shippingOptionId").asString()).isEqualTo("helthjem-home");
        assertThat(shipping.get("shippingOptionName").asString()).isEqualTo("Home delivery");
        assertThat(shipping.get("address").get("addressLine1").asString()).isEqualTo("Bryggen 3");
        assertThat(shipping.get("address").get("city").asString()).isEqualTo("Bergen");
        assertThat(payment.get("userDetails").get("firstName").asString()).isEqualTo("Ola");
        assertThat(payment.get("profile").get("sub").asString()).isNotBlank();
    }

    @Test
    void withoutAChoiceTheAppsPreselectedOptionIsTaken() {
        String reference = create(ExpressTestBodies.FIXED_OPTIONS);
        TestPayments.complete(api, reference, "{}");
        assertThat(TestPayments.get(api, reference).get("shippingDetails").get("shippingOptionId").asString())
                .isEqualTo("posten-pickup");
        assertProblem(TestPayments.complete(api, create(ExpressTestBodies.FIXED_OPTIONS), "{\"shippingOptionId\":\"teleport\"}"),
                400, null);
    }

    @Test
    void theDynamicCallbackGetsTheAddressAndTheTokenAndItsGroupsAreOffered() {
        MERCHANT.answer(request -> Receiver.Answer.ok(GROUPS));
        String reference = create(dynamicOptions());

        JsonNode completed = TestPayments.complete(api, reference, """
                {"address":{"addressLine1":"Karl Johans gate 1","addressLine2":"3. etasje","city":"Oslo",
                 "postCode":"0154","country":"NO"}}""").json();

        assertThat(completed.get("outcome").asString()).isEqualTo("AUTHORIZED");
        Receiver.Received callback = MERCHANT.received("/shipping").get(0);
        assertThat(callback.method()).isEqualTo("POST");
        assertThat(callback.header("Authorization")).isEqualTo("callback-secret-123");
        assertThat(callback.header("Content-Type")).startsWith("application/json");
        assertThat(Api.JSON.readTree(callback.body())).isEqualTo(Api.JSON.readTree("""
                {"Reference":"%s","AddressLine1":"Karl Johans gate 1","AddressLine2":"3. etasje","City":"Oslo",
                 "PostCode":"0154","Country":"NO"}""".formatted(reference)));
        JsonNode payment = TestPayments.get(api, reference);
        assertThat(payment.get("amount").get("value").asLong()).isEqualTo(32900);
        assertThat(payment.get("shippingDetails").get("shippingOptionId").asString()).isEqualTo("bring-home");

        JsonNode outbound = api.control("GET", "/simulator/outbound?kind=SHIPPING_CALLBACK", null).json().get(0);
        assertThat(outbound.get("headers").get("Authorization").get(0).asString()).startsWith("****(sha256:");
        String journalBody = api.control("GET", "/simulator/journal?operation=createPayment", null).json().get(0)
                .get("body").asString();
        assertThat(journalBody).doesNotContain("callback-secret-123").contains("****(sha256:");
    }

    @Test
    void aCallbackAnswering400MeansTheShopCannotShipThere() {
        MERCHANT.answer(request -> Receiver.Answer.status(400));
        String reference = create(dynamicOptions());

        Api.Response refused = TestPayments.complete(api, reference, "{}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("title").asString()).isEqualTo("Cannot ship here");
        assertThat(TestPayments.get(api, reference).get("state").asString()).isEqualTo("CREATED");
    }

    @Test
    void aFailingOrInvalidCallbackIsABadGateway() {
        MERCHANT.answer(request -> Receiver.Answer.status(500));
        assertThat(TestPayments.complete(api, create(dynamicOptions()), "{}").status()).isEqualTo(502);
        MERCHANT.answer(request -> Receiver.Answer.ok("{\"groups\":[{\"brand\":\"UPS\",\"type\":\"HOME_DELIVERY\","
                + "\"options\":[]}]}"));
        assertThat(TestPayments.complete(api, create(dynamicOptions()), "{}").status()).isEqualTo(502);
        MERCHANT.answer(request -> Receiver.Answer.ok(GROUPS).after(2500));
        assertThat(TestPayments.complete(api, create(dynamicOptions()), "{}").status()).isEqualTo(502);
    }

    @Test
    void expressIsRefusedWhereTheRulesSaySo() {
        Api withoutExpress = new Api(api.baseUrl(), Api.Merchant.NORWAY_WITHOUT_EXPRESS);
        assertProblem(withoutExpress.post("/epayment/v1/payments",
                ExpressTestBodies.express(TestPayments.reference(), ExpressTestBodies.FIXED_OPTIONS)), 403, "5020");
        assertProblem(api.post("/epayment/v1/payments", ExpressTestBodies.express(TestPayments.reference(), ExpressTestBodies.FIXED_OPTIONS)
                .replace("name address email phoneNumber", "name email phoneNumber")), 400, "4080");
        assertProblem(api.post("/epayment/v1/payments", ExpressTestBodies.express(TestPayments.reference(), ExpressTestBodies.FIXED_OPTIONS)
                .replace("WALLET", "CARD")), 400, null);
        assertProblem(api.post("/epayment/v1/payments", ExpressTestBodies.express(TestPayments.reference(), "{}")), 400, "4140");
        assertProblem(api.post("/epayment/v1/payments", ExpressTestBodies.express(TestPayments.reference(),
                "{\"dynamicOptions\":{\"callbackUrl\":\"http://shop.example.com/shipping\","
                        + "\"callbackAuthorizationToken\":\"t\"}}")), 400, "4090");
        assertProblem(api.post("/epayment/v1/payments", ExpressTestBodies.express(TestPayments.reference(),
                ExpressTestBodies.FIXED_OPTIONS.replace("POSTEN", "PONY_EXPRESS"))), 400, null);
        assertProblem(api.post("/epayment/v1/payments", ExpressTestBodies.express(TestPayments.reference(),
                ExpressTestBodies.FIXED_OPTIONS.replace("HELTHJEM", "POSTEN").replace("HOME_DELIVERY", "PICKUP_POINT"))), 400, null);
        assertProblem(api.post("/epayment/v1/payments", ExpressTestBodies.express(TestPayments.reference(),
                ExpressTestBodies.FIXED_OPTIONS.replace("\"currency\":\"NOK\",\"value\":4900", "\"currency\":\"EUR\",\"value\":4900"))),
                400, "5040");

        String reference = create(ExpressTestBodies.FIXED_OPTIONS);
        assertProblem(api.call("POST", "/epayment/v1/test/payments/" + reference + "/approve").send(), 400, null);
    }
}
