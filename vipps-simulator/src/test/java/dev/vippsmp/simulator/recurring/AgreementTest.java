package dev.vippsmp.simulator.recurring;

import static dev.vippsmp.simulator.recurring.TestAgreements.accept;
import static dev.vippsmp.simulator.recurring.TestAgreements.agreement;
import static dev.vippsmp.simulator.recurring.TestAgreements.assertProblem;
import static dev.vippsmp.simulator.recurring.TestAgreements.create;
import static dev.vippsmp.simulator.recurring.TestAgreements.draft;
import static dev.vippsmp.simulator.recurring.TestAgreements.patch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Agreements over real HTTP: draft, read, list, accept, reject, update, stop, expiry, and every validation. */
class AgreementTest {

    private final Api api = new Api(Simulators.standard().baseUrl());

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
    }

    @Test
    void aDraftIsPendingUntilTheUserAcceptsAndThenActive() {
        JsonNode created = create(api, draft("\"productDescription\":\"Fresh beans\",\"externalId\":\"sub-1\""));
        String id = created.get("agreementId").asString();
        assertThat(id).matches("^agr_[A-Za-z0-9]{7}$");
        assertThat(created.get("uuid").asString()).matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
        assertThat(created.get("vippsConfirmationUrl").asString())
                .startsWith(api.baseUrl() + "/simulator/recurring/app?token=");
        assertThat(!created.hasNonNull("chargeId")).isTrue();

        JsonNode pending = agreement(api, id);
        assertThat(pending.get("status").asString()).isEqualTo("PENDING");
        assertThat(pending.get("id").asString()).isEqualTo(id);
        assertThat(pending.get("productName").asString()).isEqualTo("Coffee club");
        assertThat(pending.get("productDescription").asString()).isEqualTo("Fresh beans");
        assertThat(pending.get("externalId").asString()).isEqualTo("sub-1");
        assertThat(pending.get("pricing").toString()).isEqualTo("{\"type\":\"LEGACY\",\"currency\":\"NOK\",\"amount\":9900}");
        assertThat(pending.get("interval").get("text").asString()).isEqualTo("every month");
        assertThat(!pending.hasNonNull("start")).isTrue();
        assertThat(!pending.hasNonNull("sub")).isTrue();
        assertThat(pending.get("merchantRedirectUrl").asString()).isEqualTo(TestAgreements.REDIRECT);

        Api.Response accepted = accept(api, id);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("redirectUrl").asString()).isEqualTo(TestAgreements.REDIRECT);
        JsonNode active = agreement(api, id);
        assertThat(active.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(!active.hasNonNull("start")).isFalse();
        assertThat(!active.hasNonNull("sub")).as("no scope, no profile").isTrue();
        assertThat(!active.hasNonNull("userinfoUrl")).isTrue();
    }

    @Test
    void theInitialChargeIsPaidOrReservedWhenTheUserAccepts() {
        JsonNode direct = create(api, draft("\"initialCharge\":{\"amount\":4900,\"description\":\"First month\","
                + "\"transactionType\":\"DIRECT_CAPTURE\",\"orderId\":\"order-init-1\"}"));
        assertThat(direct.get("chargeId").asString()).isEqualTo("order-init-1");
        String directId = direct.get("agreementId").asString();
        JsonNode before = TestAgreements.charge(api, directId, "order-init-1");
        assertThat(before.get("status").asString()).isEqualTo("PENDING");
        assertThat(before.get("type").asString()).isEqualTo("INITIAL");
        accept(api, directId);
        JsonNode charged = TestAgreements.charge(api, directId, "order-init-1");
        assertThat(charged.get("status").asString()).isEqualTo("CHARGED");
        assertThat(charged.get("summary").get("captured").asLong()).isEqualTo(4900);
        assertThat(charged.get("transactionId").asString()).matches("^\\d{10,}$");

        JsonNode reserve = create(api, draft("\"initialCharge\":{\"amount\":4900,\"description\":\"First month\","
                + "\"transactionType\":\"RESERVE_CAPTURE\"}"));
        String reserveId = reserve.get("agreementId").asString();
        assertThat(reserve.get("chargeId").asString()).matches("^chr_[A-Za-z0-9]{10}$");
        accept(api, reserveId);
        JsonNode reserved = TestAgreements.charge(api, reserveId, reserve.get("chargeId").asString());
        assertThat(reserved.get("status").asString()).isEqualTo("RESERVED");
        assertThat(reserved.get("summary").get("captured").asLong()).isZero();
    }

    @Test
    void aRejectedAgreementIsStoppedAndItsInitialChargeCancelled() {
        JsonNode created = create(api, draft("\"initialCharge\":{\"amount\":4900,\"description\":\"First month\","
                + "\"transactionType\":\"DIRECT_CAPTURE\"}"));
        String id = created.get("agreementId").asString();
        Api.Response rejected = api.control("POST", "/simulator/recurring/agreements/" + id + "/reject", null);
        assertThat(rejected.json().get("status").asString()).isEqualTo("STOPPED");
        assertThat(agreement(api, id).hasNonNull("stop")).isTrue();
        assertThat(TestAgreements.charge(api, id, created.get("chargeId").asString()).get("status").asString())
                .isEqualTo("CANCELLED");
        assertThat(accept(api, id).status()).as("answered already").isEqualTo(409);
    }

    @Test
    void anAgreementNobodyAcceptsExpiresAfterTenMinutes() {
        String id = create(api, draft("")).get("agreementId").asString();
        TestAgreements.advance(api, "9m");
        assertThat(agreement(api, id).get("status").asString()).isEqualTo("PENDING");
        TestAgreements.advance(api, "1m");
        assertThat(agreement(api, id).get("status").asString()).isEqualTo("EXPIRED");
        assertThat(accept(api, id).status()).isEqualTo(409);
    }

    @Test
    void listingShowsActiveAgreementsUnlessAskedForAnotherStatus() {
        String active = TestAgreements.active(api, "");
        String pending = create(api, draft("")).get("agreementId").asString();
        assertThat(ids(api.get("/recurring/v3/agreements"))).containsExactly(active);
        assertThat(ids(api.get("/recurring/v3/agreements?status=PENDING"))).containsExactly(pending);
        assertThat(ids(api.get("/recurring/v3/agreements?status=STOPPED"))).isEmpty();
        long created = java.time.Instant.parse(agreement(api, active).get("created").asString()).toEpochMilli();
        assertThat(ids(api.get("/recurring/v3/agreements?createdAfter=" + created))).isEmpty();
        assertProblem(api.get("/recurring/v3/agreements?status=PAUSED"), 400, "status");
        assertProblem(api.get("/recurring/v3/agreements?createdAfter=yesterday"), 400, "createdAfter");
    }

    @Test
    void updateChangesPricingAndNamesAndStopCancelsOpenCharges() {
        String id = TestAgreements.active(api, "");
        Api.Response updated = patch(api, id, "{\"productName\":\"Coffee club plus\",\"pricing\":{\"amount\":12900}}");
        assertThat(updated.status()).as(updated.body()).isEqualTo(204);
        JsonNode changed = agreement(api, id);
        assertThat(changed.get("productName").asString()).isEqualTo("Coffee club plus");
        assertThat(changed.get("pricing").get("amount").asLong()).isEqualTo(12900);
        assertProblem(patch(api, id, "{\"pricing\":{\"suggestedMaxAmount\":5000}}"), 400, "pricing.suggestedMaxAmount");

        String charge = TestAgreements.charge(api, id, 9900, "DIRECT_CAPTURE", 0);
        assertThat(patch(api, id, "{\"status\":\"STOPPED\"}").status()).isEqualTo(204);
        JsonNode stopped = agreement(api, id);
        assertThat(stopped.get("status").asString()).isEqualTo("STOPPED");
        assertThat(!stopped.hasNonNull("stop")).isFalse();
        assertThat(TestAgreements.charge(api, id, charge).get("status").asString()).isEqualTo("CANCELLED");
        assertProblem(patch(api, id, "{\"productName\":\"Again\"}"), 400, "agreement.status");
        assertProblem(patch(api, id, "{\"status\":\"ACTIVE\"}"), 400, "status");
    }

    @Test
    void aVariableAgreementTakesTheSuggestedMaxAmountAsTheUsersMax() {
        String id = create(api, draft("").replace("\"type\":\"LEGACY\",\"amount\":9900",
                "\"type\":\"VARIABLE\",\"suggestedMaxAmount\":30000")).get("agreementId").asString();
        accept(api, id);
        JsonNode pricing = agreement(api, id).get("pricing");
        assertThat(pricing.get("type").asString()).isEqualTo("VARIABLE");
        assertThat(pricing.get("suggestedMaxAmount").asLong()).isEqualTo(30000);
        assertThat(pricing.get("maxAmount").asLong()).isEqualTo(30000);
        assertProblem(patch(api, id, "{\"pricing\":{\"amount\":5000}}"), 400, "pricing.amount");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no pricing              | \"pricing\":{\"type\":\"LEGACY\",\"amount\":9900,\"currency\":\"NOK\"}, | | pricing",
            "wrong currency          | \"currency\":\"NOK\" | \"currency\":\"DKK\" | pricing.currency",
            "amount below minimum    | \"amount\":9900 | \"amount\":50 | pricing.amount",
            "amount not a number     | \"amount\":9900 | \"amount\":\"99\" | pricing.amount",
            "unknown pricing type    | \"type\":\"LEGACY\" | \"type\":\"FLAT\" | pricing.type",
            "variable without max    | \"type\":\"LEGACY\",\"amount\":9900 | \"type\":\"VARIABLE\" | pricing.suggestedMaxAmount",
            "no interval             | \"interval\":{\"unit\":\"MONTH\",\"count\":1}, | | interval",
            "interval unit           | \"unit\":\"MONTH\" | \"unit\":\"FORTNIGHT\" | interval.unit",
            "interval count 0        | \"count\":1 | \"count\":0 | interval.count",
            "interval count 32       | \"count\":1 | \"count\":32 | interval.count",
            "product name too long   | \"Coffee club\" | \"Coffee club with a name far longer than forty-five\" | productName",
            "product name empty      | \"Coffee club\" | \"\" | productName",
            "agreement url not https | https://shop.example.com/my | http://shop.example.com/my | merchantAgreementUrl",
            "redirect url missing    | \"merchantRedirectUrl\":\"https://shop.example.com/subscription/return\", | | merchantRedirectUrl",
    })
    void aDraftWithAMistakeIsRefusedNamingTheField(String name, String from, String to, String field) {
        Api.Response response = api.post("/recurring/v3/agreements", draft("").replace(from, to == null ? "" : to));
        assertProblem(response, 400, field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "scope unknown            | \"scope\":\"name shoeSize\" | scope",
            "phone not digits         | \"phoneNumber\":\"+47 912 34 567\" | phoneNumber",
            "initial without type     | \"initialCharge\":{\"amount\":100,\"description\":\"x\"} | initialCharge.transactionType",
            "initial amount 0         | \"initialCharge\":{\"amount\":0,\"description\":\"x\",\"transactionType\":\"DIRECT_CAPTURE\"} | initialCharge.amount",
            "initial bad order id     | \"initialCharge\":{\"amount\":100,\"description\":\"x\",\"transactionType\":\"DIRECT_CAPTURE\",\"orderId\":\"a b\"} | initialCharge.orderId",
            "external id too long     | \"externalId\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" | externalId",
    })
    void aDraftWithABadOptionalFieldIsRefused(String name, String extra, String field) {
        assertProblem(api.post("/recurring/v3/agreements", draft(extra)), 400, field);
    }

    @Test
    void anUnknownAgreementOrAnotherMerchantsIsNotFound() {
        assertProblem(api.get("/recurring/v3/agreements/agr_nothere"), 404, null);
        String id = create(api, draft("")).get("agreementId").asString();
        Api denmark = new Api(api.baseUrl(), Api.Merchant.DENMARK);
        assertProblem(denmark.get("/recurring/v3/agreements/" + id), 404, null);
        assertProblem(api.get("/recurring/v3/agreements/not%20an%20id"), 400, "agreementId");
    }

    @Test
    void aMobilePayMerchantChargesInItsOwnCurrency() {
        Api denmark = new Api(api.baseUrl(), Api.Merchant.DENMARK);
        assertProblem(denmark.post("/recurring/v3/agreements", draft("")), 400, "pricing.currency");
        JsonNode created = create(denmark, draft("").replace("\"NOK\"", "\"DKK\""));
        assertThat(agreement(denmark, created.get("agreementId").asString()).get("pricing").get("currency")
                .asString()).isEqualTo("DKK");
    }

    private static java.util.List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().valueStream().map(node -> node.get("id").asString()).toList();
    }
}
