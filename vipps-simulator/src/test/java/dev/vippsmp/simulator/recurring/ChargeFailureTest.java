package dev.vippsmp.simulator.recurring;

import static dev.vippsmp.simulator.recurring.TestAgreements.advance;
import static dev.vippsmp.simulator.recurring.TestAgreements.charge;
import static dev.vippsmp.simulator.recurring.TestAgreements.process;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Every failure reason, from test amounts and from the control call, and the retry days of a failing charge. */
class ChargeFailureTest {

    private final Api api = new Api(Simulators.standard().baseUrl());
    private String agreement;

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
        agreement = TestAgreements.active(api, "");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "151, user_action_required, Insufficient funds",
            "186, user_action_required, Expired card",
            "187, user_action_required, Invalid card",
            "182, non_technical_error, Refused by issuer",
            "500, technical_error, Technical error",
    })
    void aTestAmountFailsWithItsReason(long amount, String reason, String description) {
        String charge = charge(api, agreement, amount, "DIRECT_CAPTURE", 0);
        process(api, charge);
        JsonNode failed = charge(api, agreement, charge);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failureReason").asString()).isEqualTo(reason);
        assertThat(failed.get("failureDescription").asString()).isEqualTo(description);
        assertThat(failed.get("summary").get("captured").asLong()).isZero();
        JsonNode last = failed.get("history").get(failed.get("history").size() - 1);
        assertThat(last.get("event").asString()).isEqualTo("FAIL");
        assertThat(last.get("success").asBoolean()).isFalse();
    }

    @Test
    void aChargeAboveTheUsersMaxAmountFailsAsTooHigh() {
        String variable = TestAgreements.create(api, TestAgreements.draft("").replace(
                "\"type\":\"LEGACY\",\"amount\":9900", "\"type\":\"VARIABLE\",\"suggestedMaxAmount\":10000"))
                .get("agreementId").asString();
        TestAgreements.accept(api, variable);
        String tooHigh = charge(api, variable, 10001, "DIRECT_CAPTURE", 0);
        process(api, tooHigh);
        assertThat(charge(api, variable, tooHigh).get("failureReason").asString()).isEqualTo("charge_amount_too_high");
        String atMax = charge(api, variable, 10000, "DIRECT_CAPTURE", 0);
        assertThat(process(api, atMax).get("status").asString()).isEqualTo("CHARGED");
    }

    @Test
    void theControlFailsTheNextProcessedChargeOnly() {
        Api.Response set = api.control("PUT", "/simulator/recurring/agreements/" + agreement + "/next-charge-failure",
                "{\"failureReason\":\"user_action_required\",\"failureDescription\":\"Card blocked for ecommerce\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        String first = charge(api, agreement, 9900, "DIRECT_CAPTURE", 0);
        String second = charge(api, agreement, 9900, "DIRECT_CAPTURE", 0);
        JsonNode failed = process(api, first);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failureReason").asString()).isEqualTo("user_action_required");
        assertThat(failed.get("failureDescription").asString()).isEqualTo("Card blocked for ecommerce");
        assertThat(process(api, second).get("status").asString()).isEqualTo("CHARGED");
    }

    @ParameterizedTest
    @CsvSource({"user_action_required", "charge_amount_too_high", "non_technical_error", "technical_error"})
    void theControlSetsEachReasonWithADefaultDescription(String reason) {
        api.control("PUT", "/simulator/recurring/agreements/" + agreement + "/next-charge-failure",
                "{\"failureReason\":\"" + reason + "\"}");
        JsonNode failed = process(api, charge(api, agreement, 9900, "RESERVE_CAPTURE", 0));
        assertThat(failed.get("failureReason").asString()).isEqualTo(reason);
        assertThat(failed.get("failureDescription").asString()).isNotBlank();
    }

    @Test
    void aClearedControlFailsNothing() {
        String path = "/simulator/recurring/agreements/" + agreement + "/next-charge-failure";
        api.control("PUT", path, "{\"failureReason\":\"technical_error\"}");
        assertThat(api.control("DELETE", path, null).status()).isEqualTo(204);
        assertThat(process(api, charge(api, agreement, 9900, "DIRECT_CAPTURE", 0)).get("status").asString())
                .isEqualTo("CHARGED");
        assertThat(api.control("PUT", path, "{\"failureReason\":\"broke\"}").status()).isEqualTo(400);
        assertThat(api.control("PUT", "/simulator/recurring/agreements/agr_none/next-charge-failure",
                "{\"failureReason\":\"technical_error\"}").status()).isEqualTo(404);
    }

    @Test
    void aFailingChargeIsRetriedOnLaterDaysAndSucceedsOnceTheControlIsCleared() {
        String path = "/simulator/recurring/agreements/" + agreement + "/next-charge-failure";
        api.control("PUT", path, "{\"failureReason\":\"user_action_required\",\"failureDescription\":\"Insufficient funds\"}");
        String charge = charge(api, agreement, 9900, "DIRECT_CAPTURE", 3);
        advance(api, "1d");
        processDue(charge);
        JsonNode retrying = charge(api, agreement, charge);
        assertThat(retrying.get("status").asString()).isEqualTo("DUE");
        assertThat(!retrying.hasNonNull("failureReason")).as("not failed yet").isTrue();
        assertThat(api.control("POST", "/simulator/recurring/process-due", null).json().get("processed").isEmpty())
                .as("one try a day").isTrue();

        advance(api, "1d");
        processDue(charge);
        assertThat(charge(api, agreement, charge).get("status").asString()).isEqualTo("DUE");
        api.control("DELETE", path, null);
        advance(api, "1d");
        processDue(charge);
        JsonNode charged = charge(api, agreement, charge);
        assertThat(charged.get("status").asString()).isEqualTo("CHARGED");
        assertThat(charged.get("history").valueStream().map(event -> event.get("event").asString()))
                .containsExactly("CREATE", "FAIL", "FAIL", "CAPTURE");
    }

    @Test
    void aChargeThatKeepsFailingIsFailedAfterItsRetryDays() {
        String charge = charge(api, agreement, 151, "DIRECT_CAPTURE", 2);
        advance(api, "1d");
        processDue(charge);
        advance(api, "1d");
        processDue(charge);
        assertThat(charge(api, agreement, charge).get("status").asString()).isEqualTo("DUE");
        advance(api, "1d");
        processDue(charge);
        JsonNode failed = charge(api, agreement, charge);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failureReason").asString()).isEqualTo("user_action_required");
        assertThat(failed.get("history").valueStream().filter(event -> event.get("event").asString().equals("FAIL")))
                .hasSize(3);
    }

    private void processDue(String charge) {
        Api.Response processed = api.control("POST", "/simulator/recurring/process-due", null);
        assertThat(processed.status()).isEqualTo(200);
        assertThat(processed.json().get("processed").valueStream().map(JsonNode::asString)).contains(charge);
    }
}
