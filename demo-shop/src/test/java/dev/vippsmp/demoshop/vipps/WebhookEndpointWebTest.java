package dev.vippsmp.demoshop.vipps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.checkout.webhook.WebhookEndpoint;
import dev.vippsmp.core.settings.SecretCipher;
import dev.vippsmp.core.webhook.WebhookRegistration;
import dev.vippsmp.core.webhook.WebhookVerifier;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The webhook endpoint in the running shop: registered with the simulator once at startup (asking again registers
 * nothing new), a delivery that is not signed with the registration's secret is refused with 401 and stores
 * nothing, a signed one is stored once however often it comes, and a signed body that is no event is 400.
 */
class WebhookEndpointWebTest extends SandboxWebTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    private WebhookEndpoint endpoint;
    @Autowired
    private SecretCipher cipher;

    private String endpointUrl() {
        return baseUrl() + "/vipps/webhooks";
    }

    private List<JsonNode> registrationsOfThisShop() {
        List<JsonNode> mine = new ArrayList<>();
        simulator().webhooks().forEach(registration -> {
            if (endpointUrl().equals(registration.get("url").asString())) {
                mine.add(registration);
            }
        });
        return mine;
    }

    private HttpResponse<String> deliver(String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpointUrl()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The headers the vendor would send, signed with the given secret. */
    private Map<String, String> signedWith(String secret, String body) {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        String hash = WebhookVerifier.contentHash(body.getBytes(StandardCharsets.UTF_8));
        String host = URI.create(endpointUrl()).getAuthority();
        return Map.of("x-ms-date", date, "x-ms-content-sha256", hash, "Authorization",
                WebhookVerifier.authorizationHeader(WebhookVerifier.signature(secret, "/vipps/webhooks", date, host,
                        hash)));
    }

    private String storedSecret() {
        return cipher.decrypt(jdbc.queryForObject("select secret_enc from vipps_webhook_registration where url = ?",
                String.class, endpointUrl()));
    }

    private static String event(String reference, String pspReference) {
        return "{\"msn\":\"123456\",\"reference\":\"" + reference + "\",\"pspReference\":\"" + pspReference
                + "\",\"name\":\"AUTHORIZED\",\"amount\":{\"currency\":\"NOK\",\"value\":100},"
                + "\"timestamp\":\"2026-01-01T00:00:00Z\",\"success\":true}";
    }

    @Test
    void theShopRegisteredItsEndpointOnceAndAskingAgainRegistersNothingNew() {
        List<JsonNode> registered = registrationsOfThisShop();
        assertThat(registered).hasSize(1);
        String id = registered.get(0).get("id").asString();

        WebhookRegistration again = endpoint.ensureRegistered(URI.create(baseUrl()));

        assertThat(again.id()).isEqualTo(id);
        assertThat(again.secretKnown()).isTrue();
        assertThat(registrationsOfThisShop()).hasSize(1);
        assertThat(jdbc.queryForList("select id from vipps_webhook_registration", String.class)).containsExactly(id);
    }

    @Test
    void aDeliveryNotSignedWithTheSecretIsRefusedAndNothingIsStored() {
        String body = event("fjellbu-" + UUID.randomUUID().toString().substring(0, 8), "psp-forged");
        long stored = count("vipps_webhook_inbox");

        assertThat(deliver(body, Map.of()).statusCode()).isEqualTo(401);
        assertThat(deliver(body, signedWith("not-the-secret", body)).statusCode()).isEqualTo(401);
        Map<String, String> signedOtherBody = signedWith(storedSecret(), body.replace("100", "999"));
        assertThat(deliver(body, signedOtherBody).statusCode()).isEqualTo(401);

        assertThat(count("vipps_webhook_inbox")).isEqualTo(stored);
    }

    @Test
    void aSignedDeliveryIsStoredOnceAndASignedNonEventIsRefused() {
        String body = event("fjellbu-" + UUID.randomUUID().toString().substring(0, 8), "psp-" + UUID.randomUUID());
        long stored = count("vipps_webhook_inbox");

        HttpResponse<String> first = deliver(body, signedWith(storedSecret(), body));
        HttpResponse<String> repeated = deliver(body, signedWith(storedSecret(), body));
        HttpResponse<String> notAnEvent = deliver("{\"hello\":1}", signedWith(storedSecret(), "{\"hello\":1}"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("stored");
        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(repeated.body()).contains("duplicate");
        assertThat(notAnEvent.statusCode()).isEqualTo(400);
        assertThat(count("vipps_webhook_inbox")).isEqualTo(stored + 1);
    }
}
