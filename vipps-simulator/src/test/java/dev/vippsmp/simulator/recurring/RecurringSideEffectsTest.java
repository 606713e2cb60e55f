package dev.vippsmp.simulator.recurring;

import static dev.vippsmp.simulator.recurring.TestAgreements.charge;
import static dev.vippsmp.simulator.recurring.TestAgreements.chargeBody;
import static dev.vippsmp.simulator.recurring.TestAgreements.process;
import static dev.vippsmp.simulator.recurring.TestAgreements.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Receiver;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What a recurring call leaves behind: idempotent replays, signed webhooks, journal entries, Userinfo consent. */
class RecurringSideEffectsTest {

    private static final Receiver SHOP = new Receiver();
    private final Api api = new Api(Simulators.with(Simulators.FAST_WEBHOOKS).baseUrl());

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
        SHOP.clear();
    }

    @AfterAll
    static void stop() {
        SHOP.close();
    }

    @Test
    void theSameKeyAndBodyGetTheSameAnswerAndAnotherBodyAConflict() {
        String agreement = TestAgreements.active(api, "");
        String path = "/recurring/v3/agreements/" + agreement + "/charges";
        String body = chargeBody(9900, "DIRECT_CAPTURE", today(api).plusDays(1), 0);
        Api.Response first = api.call("POST", path).idempotencyKey("charge-key-1").json(body).send();
        Api.Response again = api.call("POST", path).idempotencyKey("charge-key-1").json(body).send();
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("chargeId").asString()).isEqualTo(first.json().get("chargeId").asString());
        assertThat(api.get(path).json().size()).isEqualTo(1);
        TestAgreements.assertProblem(api.call("POST", path).idempotencyKey("charge-key-1")
                .json(body.replace("9900", "9800")).send(), 409, null);

        Api.Response draft1 = api.call("POST", "/recurring/v3/agreements").idempotencyKey("draft-key")
                .json(TestAgreements.draft("")).send();
        Api.Response draft2 = api.call("POST", "/recurring/v3/agreements").idempotencyKey("draft-key")
                .json(TestAgreements.draft("")).send();
        assertThat(draft2.json().get("agreementId").asString()).isEqualTo(draft1.json().get("agreementId").asString());

        TestAgreements.assertProblem(api.call("POST", path).json(body).send(), 400, "Idempotency-Key");
        TestAgreements.assertProblem(api.call("POST", path).idempotencyKey("x".repeat(41)).json(body).send(), 400,
                "Idempotency-Key");
        TestAgreements.assertProblem(api.call("POST", path).idempotencyKey("a/b").json(body).send(), 400,
                "Idempotency-Key");
    }

    @Test
    void recurringEventsAreDeliveredSignedLikeThePaymentEvents() throws Exception {
        List<String> events = List.of("recurring.agreement-activated.v1", "recurring.agreement-stopped.v1",
                "recurring.charge-captured.v1", "recurring.charge-reserved.v1", "recurring.charge-failed.v1",
                "recurring.charge-canceled.v1", "recurring.charge-refunded.v1");
        Api.Response registered = api.post("/webhooks/v1/webhooks", Api.JSON.writeValueAsString(
                Map.of("url", SHOP.url("/hooks"), "events", events)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String secret = registered.json().get("secret").asString();

        String agreement = TestAgreements.active(api, "\"initialCharge\":{\"amount\":4900,\"description\":\"First\","
                + "\"transactionType\":\"DIRECT_CAPTURE\"}");
        String failing = charge(api, agreement, 151, "DIRECT_CAPTURE", 0);
        process(api, failing);
        TestAgreements.patch(api, agreement, "{\"status\":\"STOPPED\"}");

        List<JsonNode> bodies = await().atMost(Duration.ofSeconds(10)).until(this::received, list -> list.size() >= 4);
        assertThat(bodies.stream().map(body -> body.get("eventType").asString())).containsExactly(
                "recurring.agreement-activated.v1", "recurring.charge-captured.v1", "recurring.charge-failed.v1",
                "recurring.agreement-stopped.v1");
        JsonNode activated = bodies.get(0);
        assertThat(activated.get("agreementId").asString()).isEqualTo(agreement);
        assertThat(activated.get("msn").asString()).isEqualTo(api.merchant().msn());
        assertThat(activated.get("occurred").asString()).isNotBlank();
        JsonNode captured = bodies.get(1);
        assertThat(captured.get("chargeType").asString()).isEqualTo("INITIAL");
        assertThat(captured.get("amount").asLong()).isEqualTo(4900);
        assertThat(captured.get("amountCaptured").asLong()).isEqualTo(4900);
        JsonNode failed = bodies.get(2);
        assertThat(failed.get("chargeId").asString()).isEqualTo(failing);
        assertThat(failed.get("failureReason").asString()).isEqualTo("user_action_required");
        assertThat(failed.get("failureDescription").asString()).isEqualTo("Insufficient funds");

        for (Receiver.Received request : SHOP.received("/hooks")) {
            assertSigned(request, secret, SHOP.url("/hooks"));
        }
    }

    @Test
    void theJournalRecordsEveryRecurringCallWithItsOperationAndKey() {
        api.call("POST", "/recurring/v3/agreements").idempotencyKey("journal-draft").json(TestAgreements.draft(""))
                .send();
        JsonNode entries = api.control("GET", "/simulator/journal?operation=DraftAgreementV3", null).json();
        assertThat(entries.size()).isEqualTo(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.get("path").asString()).isEqualTo("/recurring/v3/agreements");
        assertThat(entry.get("status").asInt()).isEqualTo(201);
        assertThat(entry.get("headers").get("Idempotency-Key").get(0).asString()).isEqualTo("journal-draft");
        String id = Api.JSON.readTree(entry.get("responseBody").asString()).get("agreementId").asString();
        api.get("/recurring/v3/agreements/" + id);
        assertThat(api.control("GET", "/simulator/journal?operation=FetchAgreementV3", null).json().get(0)
                .get("path").asString()).isEqualTo("/recurring/v3/agreements/" + id);
    }

    @Test
    void anAcceptedAgreementsSubSharesOnlyTheScopesClaims() {
        String agreement = TestAgreements.active(api, "\"scope\":\"name email phoneNumber\"");
        JsonNode active = TestAgreements.agreement(api, agreement);
        String sub = active.get("sub").asString();
        assertThat(active.get("userinfoUrl").asString()).isEqualTo(api.baseUrl() + "/vipps-userinfo-api/userinfo/" + sub);
        Api.Response userinfo = api.get("/vipps-userinfo-api/userinfo/" + sub);
        assertThat(userinfo.status()).as(userinfo.body()).isEqualTo(200);
        assertThat(new ArrayList<>(userinfo.json().propertyNames())).containsExactlyInAnyOrder("sub", "name",
                "given_name", "family_name", "email", "email_verified", "phone_number");
        assertThat(userinfo.json().get("phone_number").asString()).isEqualTo("4791234567");
    }

    private List<JsonNode> received() {
        return SHOP.received("/hooks").stream().map(request -> Api.JSON.readTree(request.body())).toList();
    }

    /** Verifies a delivery from the vendor's description alone: content hash first, then the HMAC. */
    private static void assertSigned(Receiver.Received request, String secret, String url) throws Exception {
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(request.body()));
        assertThat(request.header("x-ms-content-sha256")).isEqualTo(hash);
        URI uri = URI.create(url);
        String toSign = "POST\n" + uri.getRawPath() + "\n" + request.header("x-ms-date") + ";" + uri.getRawAuthority()
                + ";" + hash;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        assertThat(request.header("Authorization")).isEqualTo(
                "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=" + signature);
    }
}
