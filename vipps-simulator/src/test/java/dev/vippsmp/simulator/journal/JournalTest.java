package dev.vippsmp.simulator.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JournalTest {

    private final Api api = new Api(Simulators.standard().baseUrl());

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
    }

    private static String fingerprint(String secret) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        return "****(sha256:" + HexFormat.of().formatHex(hash, 0, 4) + ")";
    }

    @Test
    void theJournalShowsExactlyWhatAClientSentWithSecretsMasked() throws Exception {
        String token = api.token();
        String reference = TestPayments.reference();
        String body = TestPayments.body(reference, "NOK", 1000);
        api.call("POST", "/epayment/v1/payments").idempotencyKey("journal-key").header("Vipps-System-Name", "")
                .json(body).send();

        JsonNode journal = api.control("GET", "/simulator/journal", null).json();
        JsonNode tokenCall = journal.get(0);
        assertThat(tokenCall.get("path").asString()).isEqualTo("/accesstoken/get");
        assertThat(tokenCall.get("headers").get("client_id").get(0).asString()).isEqualTo("sim-client-id");
        assertThat(tokenCall.get("headers").get("client_secret").get(0).asString())
                .isEqualTo(fingerprint("sim-client-secret"));
        assertThat(tokenCall.get("responseBody").asString()).doesNotContain(token);

        JsonNode create = journal.get(1);
        assertThat(create.get("method").asString()).isEqualTo("POST");
        assertThat(create.get("operation").asString()).isEqualTo("createPayment");
        assertThat(create.get("status").asInt()).isEqualTo(201);
        assertThat(create.get("body").asString()).isEqualTo(body);
        JsonNode headers = create.get("headers");
        assertThat(headers.get("Authorization").get(0).asString()).isEqualTo("Bearer " + fingerprint(token));
        assertThat(headers.get("Ocp-Apim-Subscription-Key").get(0).asString())
                .isEqualTo(fingerprint("sim-subscription-key"));
        assertThat(headers.get("Merchant-Serial-Number").get(0).asString()).isEqualTo("123456");
        assertThat(headers.get("Idempotency-Key").get(0).asString()).isEqualTo("journal-key");
        assertThat(headers.get("Vipps-System-Name").get(0).asString()).isEmpty();
        assertThat(headers.get("Vipps-System-Plugin-Name").get(0).asString()).isEqualTo("vipps-simulator");
        assertThat(journal.toString()).doesNotContain("sim-client-secret", "sim-subscription-key", token);
    }

    @Test
    void webhookSecretsAreMaskedInTheRecordedAnswer() throws Exception {
        String secret = api.post("/webhooks/v1/webhooks", "{\"url\":\"https://shop.example.com/hook\","
                + "\"events\":[\"epayments.payment.created.v1\"]}").json().get("secret").asString();

        JsonNode entry = api.control("GET", "/simulator/journal?operation=registerWebhook", null).json().get(0);
        assertThat(entry.get("responseBody").asString()).doesNotContain(secret).contains(fingerprint(secret));
    }

    @Test
    void theJournalRecordsErrorsAndFiltersAndClears() {
        String reference = TestPayments.create(api, 1000);
        TestPayments.capture(api, reference, "NOK", 100);
        api.request("GET", "/nowhere").send();

        JsonNode failed = api.control("GET", "/simulator/journal?operation=capturePayment", null).json();
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("status").asInt()).isEqualTo(400);
        assertThat(failed.get(0).get("errorCode").asString()).isEqualTo("6080");
        assertThat(api.control("GET", "/simulator/journal?pathPrefix=/nowhere", null).json().get(0).get("status")
                .asInt()).isEqualTo(404);
        assertThat(api.control("GET", "/simulator/journal?reference=" + reference, null).json()).hasSize(2);
        assertThat(api.control("GET", "/simulator/journal?method=get", null).json()).hasSize(1);
        long lastId = api.control("GET", "/simulator/journal", null).json().get(3).get("id").asLong();
        assertThat(api.control("GET", "/simulator/journal?sinceId=" + (lastId - 1), null).json()).hasSize(1);
        assertThat(api.control("GET", "/simulator/journal?limit=2", null).json()).hasSize(2);
        assertThat(api.control("GET", "/simulator/journal", null).toString()).doesNotContain("/simulator/journal");

        assertThat(api.control("DELETE", "/simulator/journal", null).status()).isEqualTo(204);
        assertThat(api.control("GET", "/simulator/journal", null).json()).isEmpty();
    }
}
