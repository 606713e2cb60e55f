package dev.vippsmp.simulator.epayment;

import static dev.vippsmp.simulator.support.TestPayments.assertProblem;
import static dev.vippsmp.simulator.support.TestPayments.capture;
import static dev.vippsmp.simulator.support.TestPayments.refund;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PaymentLifecycleTest {

    private final Api api = new Api(Simulators.standard().baseUrl());

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
    }

    private void advance(String duration) {
        api.control("POST", "/simulator/clock/advance", "{\"duration\":\"" + duration + "\"}");
        api.forgetToken();
    }

    private static long aggregate(JsonNode payment, String field) {
        return payment.get("aggregate").get(field).get("value").asLong();
    }

    private List<String> eventNames(String reference) {
        JsonNode events = api.get("/epayment/v1/payments/" + reference + "/events").json();
        return StreamSupport.stream(events.spliterator(), false)
                .map(event -> event.get("name").asString() + (event.get("success").asBoolean() ? "" : "(failed)"))
                .toList();
    }

    @Test
    void partialCapturesAddUpToTheAuthorizedAmountAndRefundsToTheCaptured() {
        String reference = TestPayments.createAuthorized(api, 1000);

        Api.Response first = capture(api, reference, "NOK", 400);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("state").asString()).isEqualTo("AUTHORIZED");
        assertThat(aggregate(first.json(), "capturedAmount")).isEqualTo(400);
        assertProblem(capture(api, reference, "NOK", 601), 400, "6090");
        assertThat(capture(api, reference, "NOK", 600).status()).isEqualTo(200);
        assertProblem(capture(api, reference, "NOK", 1), 400, "6170");

        assertProblem(refund(api, reference, "NOK", 1001), 400, "6150");
        assertThat(refund(api, reference, "NOK", 250).status()).isEqualTo(200);
        assertThat(refund(api, reference, "NOK", 750).status()).isEqualTo(200);
        assertProblem(refund(api, reference, "NOK", 1), 400, "6180");

        JsonNode payment = TestPayments.get(api, reference);
        assertThat(payment.get("state").asString()).isEqualTo("AUTHORIZED");
        assertThat(aggregate(payment, "authorizedAmount")).isEqualTo(1000);
        assertThat(aggregate(payment, "capturedAmount")).isEqualTo(1000);
        assertThat(aggregate(payment, "refundedAmount")).isEqualTo(1000);
        assertThat(eventNames(reference)).containsExactly("CREATED", "AUTHORIZED", "CAPTURED", "CAPTURED",
                "REFUNDED", "REFUNDED");
        JsonNode events = api.get("/epayment/v1/payments/" + reference + "/events").json();
        Set<String> pspReferences = new HashSet<>();
        events.forEach(event -> pspReferences.add(event.get("pspReference").asString()));
        pspReferences.add(payment.get("pspReference").asString());
        assertThat(pspReferences).hasSize(events.size() + 1);
    }

    @Test
    void modificationsNeedAPositiveAmountInThePaymentsCurrency() {
        String reference = TestPayments.createAuthorized(api, 1000);
        assertProblem(capture(api, reference, "DKK", 100), 400, "4040");
        assertProblem(capture(api, reference, "NOK", 0), 400, "4040");
        assertProblem(api.post("/epayment/v1/payments/" + reference + "/capture", "{}"), 400, "4140");
        assertProblem(api.post("/epayment/v1/payments/" + reference + "/capture",
                "{\"modificationAmount\":{\"currency\":\"NOK\",\"value\":\"100\"}}"), 400, "4040");
    }

    @Test
    void nothingCanBeCapturedOrRefundedBeforeAuthorization() {
        String reference = TestPayments.create(api, 1000);
        assertProblem(capture(api, reference, "NOK", 100), 400, "6080");
        assertProblem(refund(api, reference, "NOK", 100), 400, "6020");
        String authorized = TestPayments.createAuthorized(api, 1000);
        assertProblem(refund(api, authorized, "NOK", 100), 400, "6150");
    }

    @Test
    void cancelBeforeAuthorizationTerminatesTheWholeAmount() {
        String reference = TestPayments.create(api, 1000);

        Api.Response cancelled = api.post("/epayment/v1/payments/" + reference + "/cancel", "");

        assertThat(cancelled.json().get("state").asString()).isEqualTo("TERMINATED");
        assertThat(aggregate(cancelled.json(), "cancelledAmount")).isEqualTo(1000);
        assertProblem(capture(api, reference, "NOK", 100), 400, "6070");
        assertProblem(api.post("/epayment/v1/payments/" + reference + "/cancel", ""), 400, "6190");
        assertProblem(api.call("POST", "/epayment/v1/test/payments/" + reference + "/approve").send(), 400, null);
        assertThat(eventNames(reference)).containsExactly("CREATED", "TERMINATED");
    }

    @Test
    void cancelAfterAPartialCaptureReleasesTheRestAndKeepsTheStateAuthorized() {
        String reference = TestPayments.createAuthorized(api, 1000);
        capture(api, reference, "NOK", 300);

        assertProblem(api.post("/epayment/v1/payments/" + reference + "/cancel", "{\"cancelTransactionOnly\":true}"),
                400, "6060");
        Api.Response cancelled = api.post("/epayment/v1/payments/" + reference + "/cancel", "{}");

        assertThat(cancelled.json().get("state").asString()).isEqualTo("AUTHORIZED");
        assertThat(aggregate(cancelled.json(), "cancelledAmount")).isEqualTo(700);
        assertProblem(capture(api, reference, "NOK", 1), 400, "6070");
        assertThat(refund(api, reference, "NOK", 300).status()).isEqualTo(200);
        assertThat(eventNames(reference)).containsExactly("CREATED", "AUTHORIZED", "CAPTURED", "CANCELLED",
                "REFUNDED");
    }

    @Test
    void aFullyCapturedPaymentCannotBeCancelled() {
        String reference = TestPayments.createAuthorized(api, 1000);
        capture(api, reference, "NOK", 1000);
        assertProblem(api.post("/epayment/v1/payments/" + reference + "/cancel", ""), 400, "6040");
    }

    @Test
    void anAbortedPaymentCanBeNeitherCancelledNorCapturedNorRefunded() {
        String reference = TestPayments.create(api, 1000);
        assertThat(TestPayments.complete(api, reference, "{\"action\":\"REJECT\"}").json().get("outcome").asString())
                .isEqualTo("ABORTED");

        assertThat(TestPayments.get(api, reference).get("state").asString()).isEqualTo("ABORTED");
        assertProblem(api.post("/epayment/v1/payments/" + reference + "/cancel", ""), 400, "6050");
        assertProblem(capture(api, reference, "NOK", 100), 400, "6200");
        assertProblem(refund(api, reference, "NOK", 100), 400, "6210");
    }

    @Test
    void forceApproveTakesTheDefaultUserOrANamedOneAndOnlyOnce() {
        String reference = TestPayments.create(api, 1000);
        assertProblem(api.call("POST", "/epayment/v1/test/payments/" + reference + "/approve")
                .json("{\"customer\":{\"phoneNumber\":\"4790000000\"}}").send(), 400, "7010");
        assertProblem(api.call("POST", "/epayment/v1/test/payments/" + reference + "/approve")
                .json("{\"customer\":{\"phoneNumber\":\"12\"}}").send(), 400, "4070");
        assertProblem(api.call("POST", "/epayment/v1/test/payments/" + reference + "/approve")
                .json("{\"token\":\"not-the-token\"}").send(), 400, null);

        Api.Response approved = api.call("POST", "/epayment/v1/test/payments/" + reference + "/approve")
                .json("{\"customer\":{\"phoneNumber\":\"4798765432\"}}").send();

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body()).isEmpty();
        assertThat(api.control("GET", "/simulator/payments/" + reference, null).json().get("approval")
                .get("phoneNumber").asString()).isEqualTo("4798765432");
        assertProblem(api.call("POST", "/epayment/v1/test/payments/" + reference + "/approve").send(), 400, "6230");
        assertProblem(api.call("POST", "/epayment/v1/test/payments/unknown-reference/approve").send(), 404, "5090");
    }

    @Test
    void unknownReferencesAre5090() {
        assertProblem(api.get("/epayment/v1/payments/no-such-payment"), 404, "5090");
        assertProblem(api.get("/epayment/v1/payments/no-such-payment/events"), 404, "5090");
        assertProblem(capture(api, "no-such-payment", "NOK", 100), 404, "5090");
        assertProblem(refund(api, "no-such-payment", "NOK", 100), 404, "5090");
        assertProblem(api.post("/epayment/v1/payments/no-such-payment/cancel", ""), 404, "5090");
        assertProblem(api.get("/epayment/v1/payments/bad"), 400, null);
        Api denmark = new Api(api.baseUrl(), Api.Merchant.DENMARK);
        String norwegian = TestPayments.create(api, 1000);
        assertProblem(denmark.get("/epayment/v1/payments/" + norwegian), 404, "5090");
    }

    @Test
    void anOpenPaymentExpiresAfterTenMinutes() {
        String reference = TestPayments.create(api, 1000);
        advance("9m");
        assertThat(TestPayments.get(api, reference).get("state").asString()).isEqualTo("CREATED");
        advance("61s");
        assertThat(TestPayments.get(api, reference).get("state").asString()).isEqualTo("EXPIRED");
        assertThat(eventNames(reference)).containsExactly("CREATED", "EXPIRED");
        assertProblem(api.call("POST", "/epayment/v1/test/payments/" + reference + "/approve").send(), 400, null);
    }

    @Test
    void expiryCanBeForcedAndIsConfigurable() {
        String reference = TestPayments.create(api, 1000);
        assertThat(api.control("POST", "/simulator/payments/" + reference + "/expire", null).json().get("state")
                .asString()).isEqualTo("EXPIRED");
        assertThat(api.control("POST", "/simulator/payments/" + reference + "/expire", null).status())
                .isEqualTo(409);

        Api quick = new Api(Simulators.with(java.util.Map.of("simulator.payments.expiry", "150ms",
                "simulator.payments.sweep-interval", "50ms")).baseUrl());
        String short1 = TestPayments.create(quick, 1000);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() ->
                quick.control("GET", "/simulator/payments/" + short1, null).json().get("state").asString()
                        .equals("EXPIRED"));
    }

    @Test
    void captureDeadlinesDifferPerMarket() {
        String norwegian = TestPayments.createAuthorized(api, 1000);
        Api denmark = new Api(api.baseUrl(), Api.Merchant.DENMARK);
        String danish = TestPayments.createAuthorized(denmark, 1000);

        advance("15d");
        denmark.forgetToken();
        assertProblem(capture(denmark, danish, "DKK", 100), 400, "6100");
        assertThat(capture(api, norwegian, "NOK", 100).status()).isEqualTo(200);
        advance("166d");
        assertProblem(capture(api, norwegian, "NOK", 100), 400, "6100");
        assertThat(refund(api, norwegian, "NOK", 50).status()).isEqualTo(200);
        advance("185d");
        assertProblem(refund(api, norwegian, "NOK", 1), 400, null);
    }

    @Test
    void declinedTestAmountsLeaveAFailedAuthorizationAndAnOpenPayment() {
        for (long amount : new long[] {151, 182, 183, 184, 186, 187}) {
            String reference = TestPayments.create(api, amount);
            Api.Response declined = api.call("POST", "/epayment/v1/test/payments/" + reference + "/approve").send();

            assertProblem(declined, 400, null);
            assertThat(declined.json().get("detail").asString()).startsWith("The payment was declined");
            assertThat(TestPayments.get(api, reference).get("state").asString()).isEqualTo("CREATED");
            assertThat(eventNames(reference)).containsExactly("CREATED", "AUTHORIZED(failed)");
        }
    }

    @Test
    void amount201StaysUndecidedForAnHourThenAuthorizes() {
        String reference = TestPayments.create(api, 201);
        assertThat(api.call("POST", "/epayment/v1/test/payments/" + reference + "/approve").send().status())
                .isEqualTo(200);
        assertThat(TestPayments.get(api, reference).get("state").asString()).isEqualTo("CREATED");
        advance("30m");
        assertThat(TestPayments.get(api, reference).get("state").asString()).isEqualTo("CREATED");
        advance("31m");
        assertThat(TestPayments.get(api, reference).get("state").asString()).isEqualTo("AUTHORIZED");
    }

    @Test
    void refundsOf123And124FailWithAFailedRefundEvent() {
        String reference = TestPayments.createAuthorized(api, 1000);
        capture(api, reference, "NOK", 1000);

        assertProblem(refund(api, reference, "NOK", 123), 400, null);
        assertProblem(refund(api, reference, "NOK", 124), 400, null);

        assertThat(aggregate(TestPayments.get(api, reference), "refundedAmount")).isZero();
        assertThat(eventNames(reference)).containsExactly("CREATED", "AUTHORIZED", "CAPTURED", "REFUNDED(failed)",
                "REFUNDED(failed)");
        assertThat(refund(api, reference, "NOK", 125).status()).isEqualTo(200);
    }

    @Test
    void aCardPaymentReportsItsBin() {
        String reference = TestPayments.reference();
        api.post("/epayment/v1/payments", TestPayments.body(reference, "NOK", 1000).replace("WALLET", "CARD"));
        api.call("POST", "/epayment/v1/test/payments/" + reference + "/approve").send();
        JsonNode method = TestPayments.get(api, reference).get("paymentMethod");
        assertThat(method.get("type").asString()).isEqualTo("CARD");
        assertThat(method.get("cardBin").asString()).hasSize(6);
    }
}
