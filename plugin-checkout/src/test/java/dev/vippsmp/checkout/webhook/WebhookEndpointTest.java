package dev.vippsmp.checkout.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.checkout.support.CheckoutIntegrationTest;
import dev.vippsmp.core.client.webhooks.WebhooksApi;
import dev.vippsmp.core.settings.SecretCipher;
import dev.vippsmp.core.webhook.WebhookRegistration;
import dev.vippsmp.core.webhook.WebhookRegistrations;
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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The webhook endpoint behind the host's own security (which demands CSRF tokens of everything else): a delivery
 * signed with the registration's secret is stored once and answered 200, anything else is 401 (or 413 for a body
 * far too large) and stores nothing. Registering the endpoint is idempotent and leaves one registration the
 * plugin can verify.
 */
class WebhookEndpointTest extends CheckoutIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SECRET = "test-secret-" + UUID.randomUUID();

    @Autowired
    private WebhookEndpoint endpoint;
    @Autowired
    private WebhookRegistrations registrations;
    @Autowired
    private SecretCipher cipher;

    private String url() {
        return baseUrl() + "/vipps/webhooks";
    }

    @BeforeEach
    void aRegistrationWithAKnownSecret() {
        jdbc.update("delete from vipps_webhook_registration");
        jdbc.update("insert into vipps_webhook_registration (id, url, events, secret_enc, msn, created_at) "
                + "values (?, ?, 'epayments.payment.authorized.v1', ?, '123456', current_timestamp)",
                UUID.randomUUID().toString(), url(), cipher.encrypt(SECRET));
    }

    @AfterEach
    void noRegistrations() {
        registrations.list().forEach(registration -> registrations.delete(registration.id()));
        jdbc.update("delete from vipps_webhook_registration");
    }

    private HttpResponse<String> deliver(byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> signed(String secret, byte[] body) {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        String hash = WebhookVerifier.contentHash(body);
        return Map.of("x-ms-date", date, "x-ms-content-sha256", hash, "Authorization",
                WebhookVerifier.authorizationHeader(WebhookVerifier.signature(secret, "/vipps/webhooks", date,
                        "127.0.0.1:" + port, hash)));
    }

    private static byte[] event(String pspReference) {
        return ("{\"msn\":\"123456\",\"reference\":\"co-unknown-1\",\"pspReference\":\"" + pspReference
                + "\",\"name\":\"AUTHORIZED\",\"amount\":{\"currency\":\"NOK\",\"value\":100},"
                + "\"timestamp\":\"2026-01-01T00:00:00Z\",\"success\":true}").getBytes(StandardCharsets.UTF_8);
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from vipps_webhook_inbox", Long.class);
    }

    @Test
    void aSignedDeliveryIsStoredOnceWithoutAnyCsrfToken() {
        byte[] body = event("psp-" + UUID.randomUUID());
        long before = stored();

        HttpResponse<String> first = deliver(body, signed(SECRET, body));
        HttpResponse<String> again = deliver(body, signed(SECRET, body));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"outcome\":\"stored\"}");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("{\"outcome\":\"duplicate\"}");
        assertThat(stored()).isEqualTo(before + 1);
    }

    @Test
    void anUnsignedForgedOrHugeDeliveryIsRefusedAndNothingIsStored() {
        byte[] body = event("psp-" + UUID.randomUUID());
        long before = stored();

        assertThat(deliver(body, Map.of()).statusCode()).isEqualTo(401);
        assertThat(deliver(body, signed("guessed-secret", body)).statusCode()).isEqualTo(401);
        assertThat(deliver(event("psp-other"), signed(SECRET, body)).statusCode()).isEqualTo(401);
        byte[] huge = new byte[70 * 1024];
        assertThat(deliver(huge, signed(SECRET, huge)).statusCode()).isEqualTo(413);

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void registeringTheEndpointIsIdempotentAndLeavesOneRegistrationThePluginCanVerify() {
        // One the plugin cannot verify: registered behind its back, so it holds no secret for it.
        String foreign = client.webhooks().register(url(), WebhooksApi.EPAYMENT_EVENTS).id();

        WebhookRegistration first = endpoint.ensureRegistered(URI.create(baseUrl()));
        WebhookRegistration second = endpoint.ensureRegistered(URI.create(baseUrl()));

        assertThat(second.id()).isEqualTo(first.id()).isNotEqualTo(foreign);
        assertThat(registrations.list()).filteredOn(registration -> registration.url().equals(url()))
                .singleElement().satisfies(registration -> {
                    assertThat(registration.id()).isEqualTo(first.id());
                    assertThat(registration.secretKnown()).isTrue();
                });
        // The row made up in setUp was never at the vendor: its secret is forgotten.
        assertThat(jdbc.queryForList("select id from vipps_webhook_registration", String.class))
                .containsExactly(first.id());
    }
}
