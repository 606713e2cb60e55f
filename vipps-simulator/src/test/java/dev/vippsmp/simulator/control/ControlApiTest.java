package dev.vippsmp.simulator.control;

import static dev.vippsmp.simulator.support.TestPayments.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ControlApiTest {

    private final Api api = new Api(Simulators.standard().baseUrl());

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
    }

    @Test
    void resetForgetsPaymentsTokensJournalFaultsAndWebhooksAndRewindsTheClock() {
        String reference = TestPayments.create(api, 1000);
        String token = api.token();
        api.post("/webhooks/v1/webhooks", "{\"url\":\"https://shop.example.com/hook\","
                + "\"events\":[\"epayments.payment.created.v1\"]}");
        api.control("POST", "/simulator/faults", "{\"action\":\"ERROR\",\"operation\":\"refundPayment\"}");
        api.control("POST", "/simulator/webhook-faults", "{\"action\":\"DROP\"}");
        api.control("POST", "/simulator/clock/advance", "{\"duration\":\"5m\"}");

        TestPayments.reset(api);

        assertThat(api.control("GET", "/simulator/payments", null).json()).isEmpty();
        assertThat(api.control("GET", "/simulator/faults", null).json()).isEmpty();
        assertThat(api.control("GET", "/simulator/webhook-faults", null).json()).isEmpty();
        assertThat(api.control("GET", "/simulator/webhooks", null).json()).isEmpty();
        assertThat(api.control("GET", "/simulator/journal", null).json()).isEmpty();
        assertThat(api.control("GET", "/simulator/clock", null).json().get("offset").asString()).isEqualTo("PT0S");
        assertThat(api.call("GET", "/epayment/v1/payments/" + reference).header("Authorization", "Bearer " + token)
                .send().status()).isEqualTo(401);
        assertThat(api.get("/epayment/v1/payments/" + reference).status()).isEqualTo(404);
    }

    @Test
    void theClockMovesForwardOnly() {
        Instant before = Instant.parse(api.control("GET", "/simulator/clock", null).json().get("now").asString());
        JsonNode moved = api.control("POST", "/simulator/clock/advance", "{\"duration\":\"PT2H\"}").json();
        assertThat(Duration.between(before, Instant.parse(moved.get("now").asString())))
                .isGreaterThanOrEqualTo(Duration.ofHours(2));
        assertThat(moved.get("offset").asString()).isEqualTo("PT2H");
        assertProblem(api.control("POST", "/simulator/clock/advance", "{\"duration\":\"-PT1H\"}"), 400, null);
        assertProblem(api.control("POST", "/simulator/clock/advance", "{\"duration\":\"tomorrow\"}"), 400, null);
        assertProblem(api.control("POST", "/simulator/clock/advance", "{}"), 400, "4140");
    }

    /**
     * A clock pushed past what an {@code Instant} holds made every later request fail until a reset. The clock may
     * run at most 10 years ahead; anything beyond is refused and leaves it where it was.
     */
    @Test
    void theClockRefusesToRunMoreThanTenYearsAheadAndKeepsWorking() {
        String reference = TestPayments.create(api, 1000);
        for (String tooFar : new String[] {"PT999999999H", "PT9999999999999H", "106751991167300d",
                "9223372036854775807s", "3654d"}) {
            assertProblem(api.control("POST", "/simulator/clock/advance", "{\"duration\":\"" + tooFar + "\"}"),
                    400, null);
        }
        assertThat(api.control("GET", "/simulator/clock", null).json().get("offset").asString()).isEqualTo("PT0S");

        assertThat(api.control("POST", "/simulator/clock/advance", "{\"duration\":\"3650d\"}").status())
                .isEqualTo(200);
        Api.Response beyond = api.control("POST", "/simulator/clock/advance", "{\"duration\":\"4d\"}");
        assertProblem(beyond, 400, null);
        assertThat(beyond.json().get("extraDetails").get(0).get("name").asString()).isEqualTo("duration");
        assertThat(api.control("GET", "/simulator/clock", null).json().get("offset").asString())
                .isEqualTo("PT87600H");
        assertThat(api.control("POST", "/simulator/clock/advance", "{\"duration\":\"3d\"}").status())
                .isEqualTo(200);

        // Ten years on, the APIs still answer: the payment has long expired, and a fresh token works.
        api.forgetToken();
        assertThat(TestPayments.get(api, reference).get("state").asString()).isEqualTo("EXPIRED");
    }

    @Test
    void merchantsAndUsersAreListedWithoutSecrets() {
        JsonNode merchants = api.control("GET", "/simulator/merchants", null).json();
        assertThat(merchants).hasSize(4);
        assertThat(merchants.toString()).doesNotContain("sim-client-secret", "sim-subscription-key")
                .contains("sim-client-id", "123456", "654321", "765432", "112233");
        JsonNode users = api.control("GET", "/simulator/users", null).json();
        assertThat(users.toString()).contains("4791234567", "4512345678", "358401234567");
        assertThat(users.get(0).get("subs")).hasSize(4);
    }

    @Test
    void paymentsCanBeInspectedAndCompletedOnlyWhileOpen() {
        String reference = TestPayments.create(api, 1000);
        JsonNode overview = api.control("GET", "/simulator/payments/" + reference, null).json();
        assertThat(overview.get("msn").asString()).isEqualTo("123456");
        assertThat(overview.get("state").asString()).isEqualTo("CREATED");
        assertThat(overview.get("redirectUrl").asString()).contains("/simulator/landing?token=");
        assertThat(api.control("GET", "/simulator/payments", null).json()).hasSize(1);

        assertProblem(TestPayments.complete(api, reference, "{\"user\":\"4700000000\"}"), 400, "7010");
        assertProblem(TestPayments.complete(api, reference, "{\"action\":\"MAYBE\"}"), 400, null);
        JsonNode done = TestPayments.complete(api, reference, "{\"user\":\"4512345678\"}").json();
        assertThat(done.get("outcome").asString()).isEqualTo("AUTHORIZED");
        assertThat(done.get("payment").get("approval").get("name").asString()).isEqualTo("Mette Hansen");
        assertProblem(TestPayments.complete(api, reference, "{}"), 409, null);
        assertProblem(api.control("GET", "/simulator/payments/no-such-payment", null), 404, "5090");
    }

    @Test
    void theOverviewPageListsMerchantsUsersAndPaymentsWithTheirLandingLinks() {
        String reference = TestPayments.create(api, 1000);
        Api.Response page = api.request("GET", "/simulator").send();

        assertThat(page.status()).isEqualTo(200);
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.body());
        assertThat(html.select("#merchants td").eachText()).contains("123456", "654321", "sim-client-id");
        assertThat(html.select("#users td").eachText()).contains("4791234567 (default)", "Ola Nordmann");
        assertThat(html.select("#payments td").eachText()).contains(reference, "CREATED", "NOK 10.00");
        String landing = html.select("#payments a").attr("href");
        assertThat(landing).contains("/simulator/landing?token=");
        assertThat(page.body()).doesNotContain("sim-client-secret", "sim-subscription-key");
    }

    @Test
    void aReferenceUsedByTwoSalesUnitsNeedsTheMsn() {
        String reference = TestPayments.reference();
        api.post("/epayment/v1/payments", TestPayments.body(reference, "NOK", 1000));
        new Api(api.baseUrl(), Api.Merchant.DENMARK).post("/epayment/v1/payments",
                TestPayments.body(reference, "DKK", 1000));

        assertProblem(api.control("GET", "/simulator/payments/" + reference, null), 409, null);
        assertThat(api.control("GET", "/simulator/payments/" + reference + "?msn=654321", null).json().get("amount")
                .get("currency").asString()).isEqualTo("DKK");
    }
}
