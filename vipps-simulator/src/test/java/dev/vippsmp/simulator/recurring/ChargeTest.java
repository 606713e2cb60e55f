package dev.vippsmp.simulator.recurring;

import static dev.vippsmp.simulator.recurring.TestAgreements.adjust;
import static dev.vippsmp.simulator.recurring.TestAgreements.assertProblem;
import static dev.vippsmp.simulator.recurring.TestAgreements.cancel;
import static dev.vippsmp.simulator.recurring.TestAgreements.charge;
import static dev.vippsmp.simulator.recurring.TestAgreements.chargeBody;
import static dev.vippsmp.simulator.recurring.TestAgreements.postCharge;
import static dev.vippsmp.simulator.recurring.TestAgreements.process;
import static dev.vippsmp.simulator.recurring.TestAgreements.today;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Charges over real HTTP: create, read, list, process, capture, refund, cancel, and the rules of each. */
class ChargeTest {

    private final Api api = new Api(Simulators.standard().baseUrl());
    private String agreement;

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
        agreement = TestAgreements.active(api, "");
    }

    @Test
    void aNewChargeIsPendingWithEverythingTheMerchantSent() {
        LocalDate due = today(api).plusDays(3);
        Api.Response created = postCharge(api, agreement, """
                {"amount":9900,"transactionType":"DIRECT_CAPTURE","description":"Coffee, March","due":"%s",
                 "retryDays":5,"type":"RECURRING","orderId":"order-42","externalId":"invoice-42"}""".formatted(due));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("chargeId").asString()).isEqualTo("order-42");

        JsonNode charge = charge(api, agreement, "order-42");
        assertThat(charge.get("id").asString()).isEqualTo("order-42");
        assertThat(charge.get("agreementId").asString()).isEqualTo(agreement);
        assertThat(charge.get("status").asString()).isEqualTo("PENDING");
        assertThat(charge.get("amount").asLong()).isEqualTo(9900);
        assertThat(charge.get("currency").asString()).isEqualTo("NOK");
        assertThat(charge.get("description").asString()).isEqualTo("Coffee, March");
        assertThat(charge.get("due").asString()).isEqualTo(due + "T00:00:00Z");
        assertThat(charge.get("retryDays").asInt()).isEqualTo(5);
        assertThat(charge.get("type").asString()).isEqualTo("RECURRING");
        assertThat(charge.get("transactionType").asString()).isEqualTo("DIRECT_CAPTURE");
        assertThat(charge.get("externalId").asString()).isEqualTo("invoice-42");
        assertThat(!charge.hasNonNull("transactionId")).isTrue();
        assertThat(!charge.hasNonNull("failureReason")).isTrue();
        assertThat(charge.get("summary").toString()).isEqualTo("{\"captured\":0,\"refunded\":0,\"cancelled\":0}");
        assertThat(charge.get("history").get(0).get("event").asString()).isEqualTo("CREATE");

        assertThat(api.get("/recurring/v3/charges/order-42").json().get("agreementId").asString()).isEqualTo(agreement);
        assertProblem(api.get("/recurring/v3/charges/order-43"), 404, null);
        assertProblem(api.get("/recurring/v3/agreements/" + agreement + "/charges/order-43"), 404, null);
    }

    @Test
    void chargesAreListedAndFilteredByStatus() {
        String first = charge(api, agreement, 9900, "DIRECT_CAPTURE", 0);
        String second = charge(api, agreement, 9900, "DIRECT_CAPTURE", 0);
        process(api, first);
        assertThat(ids("")).containsExactly(first, second);
        assertThat(ids("?status=CHARGED")).containsExactly(first);
        assertThat(ids("?status=PENDING")).containsExactly(second);
        assertProblem(api.get("/recurring/v3/agreements/" + agreement + "/charges?status=PAID"), 400, "status");
    }

    @Test
    void aChargeTurnsDueOnItsDueDateAndProcessDueRunsIt() {
        String charge = charge(api, agreement, 9900, "DIRECT_CAPTURE", 0);
        Api.Response early = api.control("POST", "/simulator/recurring/process-due", null);
        assertThat(early.json().get("processed").isEmpty()).isTrue();
        TestAgreements.advance(api, "1d");
        assertThat(charge(api, agreement, charge).get("status").asString()).isEqualTo("DUE");
        Api.Response due = api.control("POST", "/simulator/recurring/process-due", null);
        assertThat(due.json().get("processed").get(0).asString()).isEqualTo(charge);
        assertThat(charge(api, agreement, charge).get("status").asString()).isEqualTo("CHARGED");
    }

    @Test
    void aDirectCaptureChargeIsChargedAndCanBeRefundedPartlyThenFully() {
        String charge = charge(api, agreement, 9900, "DIRECT_CAPTURE", 0);
        JsonNode charged = process(api, charge);
        assertThat(charged.get("status").asString()).isEqualTo("CHARGED");
        assertThat(charged.get("summary").get("captured").asLong()).isEqualTo(9900);
        assertProblem(adjust(api, agreement, charge, "capture", 9900), 400, "charge.status");
        assertProblem(cancel(api, agreement, charge), 400, "charge.status");

        assertThat(adjust(api, agreement, charge, "refund", 4000).status()).isEqualTo(204);
        assertThat(charge(api, agreement, charge).get("status").asString()).isEqualTo("PARTIALLY_REFUNDED");
        assertProblem(adjust(api, agreement, charge, "refund", 6000), 400, "amount");
        assertThat(adjust(api, agreement, charge, "refund", 5900).status()).isEqualTo(204);
        JsonNode refunded = charge(api, agreement, charge);
        assertThat(refunded.get("status").asString()).isEqualTo("REFUNDED");
        assertThat(refunded.get("summary").get("refunded").asLong()).isEqualTo(9900);
        assertThat(refunded.get("history").valueStream().map(event -> event.get("event").asString()))
                .containsExactly("CREATE", "CAPTURE", "REFUND", "REFUND");
    }

    @Test
    void aReservedChargeIsCapturedInPartsAndTheRestCanBeCancelled() {
        String charge = charge(api, agreement, 9900, "RESERVE_CAPTURE", 0);
        assertProblem(adjust(api, agreement, charge, "capture", 100), 400, "charge.status");
        assertThat(process(api, charge).get("status").asString()).isEqualTo("RESERVED");
        assertProblem(adjust(api, agreement, charge, "refund", 100), 400, "charge.status");
        assertProblem(adjust(api, agreement, charge, "capture", 10000), 400, "amount");

        assertThat(adjust(api, agreement, charge, "capture", 4000).status()).isEqualTo(204);
        assertThat(charge(api, agreement, charge).get("status").asString()).isEqualTo("PARTIALLY_CAPTURED");
        assertThat(cancel(api, agreement, charge).status()).isEqualTo(204);
        JsonNode cancelled = charge(api, agreement, charge);
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("summary").get("captured").asLong()).isEqualTo(4000);
        assertThat(cancelled.get("summary").get("cancelled").asLong()).isEqualTo(5900);
    }

    @Test
    void aReservedChargeCapturedInFullIsCharged() {
        String charge = charge(api, agreement, 9900, "RESERVE_CAPTURE", 0);
        process(api, charge);
        assertThat(adjust(api, agreement, charge, "capture", 9900).status()).isEqualTo(204);
        assertThat(charge(api, agreement, charge).get("status").asString()).isEqualTo("CHARGED");
    }

    @Test
    void aPendingChargeCanBeCancelledAndThenNotProcessed() {
        String charge = charge(api, agreement, 9900, "DIRECT_CAPTURE", 0);
        assertThat(cancel(api, agreement, charge).status()).isEqualTo(204);
        JsonNode cancelled = charge(api, agreement, charge);
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("summary").get("cancelled").asLong()).isEqualTo(9900);
        assertThat(api.control("POST", "/simulator/recurring/charges/" + charge + "/process", null).status())
                .isEqualTo(400);
    }

    @Test
    void onlyAnActiveAgreementCanBeCharged() {
        String pending = TestAgreements.create(api, TestAgreements.draft("")).get("agreementId").asString();
        assertProblem(postCharge(api, pending, chargeBody(9900, "DIRECT_CAPTURE", today(api).plusDays(1), 0)), 400,
                "agreement.status");
        TestAgreements.patch(api, agreement, "{\"status\":\"STOPPED\"}");
        assertProblem(postCharge(api, agreement, chargeBody(9900, "DIRECT_CAPTURE", today(api).plusDays(1), 0)),
                400, "agreement.status");
    }

    @Test
    void theDueDateMustLeaveTheLeadTimeForRecurringChargesButNotForUnscheduledOnes() {
        LocalDate today = today(api);
        assertProblem(postCharge(api, agreement, chargeBody(9900, "DIRECT_CAPTURE", today, 0)), 400, "due");
        assertProblem(postCharge(api, agreement, chargeBody(9900, "DIRECT_CAPTURE", today.minusDays(1), 0)), 400,
                "due");
        Api.Response unscheduled = postCharge(api, agreement,
                chargeBody(9900, "DIRECT_CAPTURE", today, 0).replace("RECURRING", "UNSCHEDULED"));
        assertThat(unscheduled.status()).as(unscheduled.body()).isEqualTo(201);
    }

    @Test
    void anOrderIdIsUniqueForTheMerchant() {
        String body = chargeBody(9900, "DIRECT_CAPTURE", today(api).plusDays(1), 0)
                .replace("\"type\"", "\"orderId\":\"order-7\",\"type\"");
        assertThat(postCharge(api, agreement, body).status()).isEqualTo(201);
        assertProblem(postCharge(api, agreement, body), 409, "orderId");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "amount zero          | \"amount\":9900 | \"amount\":0 | amount",
            "amount missing       | \"amount\":9900, | | amount",
            "amount too large     | \"amount\":9900 | \"amount\":2147483648 | amount",
            "retry days 15        | \"retryDays\":0 | \"retryDays\":15 | retryDays",
            "retry days negative  | \"retryDays\":0 | \"retryDays\":-1 | retryDays",
            "retry days missing   | \"retryDays\":0, | | retryDays",
            "due not a date       | \"due\":\"20 | \"due\":\"next 20 | due",
            "description missing  | \"description\":\"Coffee, one month\", | | description",
            "description too long | Coffee, one month | Coffee for one month, freshly roasted and shipped | description",
            "transaction type     | DIRECT_CAPTURE | INSTANT_CAPTURE | transactionType",
            "type                 | RECURRING | INITIAL | type",
            "order id pattern     | \"type\" | \"orderId\":\"order 7\",\"type\" | orderId",
    })
    void aChargeWithAMistakeIsRefusedNamingTheField(String name, String from, String to, String field) {
        String body = chargeBody(9900, "DIRECT_CAPTURE", today(api).plusDays(1), 0).replace(from, to == null ? "" : to);
        assertProblem(postCharge(api, agreement, body), 400, field);
    }

    @Test
    void captureAndRefundNeedAnAmountAndADescription() {
        String charge = charge(api, agreement, 9900, "RESERVE_CAPTURE", 0);
        process(api, charge);
        String path = "/recurring/v3/agreements/" + agreement + "/charges/" + charge + "/capture";
        assertProblem(api.post(path, "{\"amount\":100}"), 400, "description");
        assertProblem(api.post(path, "{\"description\":\"x\"}"), 400, "amount");
        assertProblem(api.post(path, "{\"amount\":0,\"description\":\"x\"}"), 400, "amount");
    }

    private List<String> ids(String query) {
        Api.Response listed = api.get("/recurring/v3/agreements/" + agreement + "/charges" + query);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        return listed.json().valueStream().map(node -> node.get("id").asString()).toList();
    }
}
