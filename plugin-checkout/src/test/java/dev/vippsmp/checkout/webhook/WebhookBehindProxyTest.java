package dev.vippsmp.checkout.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.checkout.support.CheckoutIntegrationTest;
import dev.vippsmp.core.settings.SecretCipher;
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
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A shop behind a proxy that says where the vendor reaches it with {@code vipps.checkout.public-base-url} only (the
 * proxy passes its own Host on): the endpoint is registered under the public address, and the vendor signs that
 * address, so a delivery signed for it is verified even though the request reached the shop under another name. A
 * delivery signed for some other address is still refused.
 */
@TestPropertySource(properties = "vipps.checkout.public-base-url=https://shop.example")
class WebhookBehindProxyTest extends CheckoutIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SECRET = "proxy-secret-" + UUID.randomUUID();
    private static final String PUBLIC_URL = "https://shop.example/vipps/webhooks";

    @Autowired
    private WebhookEndpoint endpoint;
    @Autowired
    private SecretCipher cipher;

    @BeforeEach
    void aRegistrationOfThePublicAddress() {
        jdbc.update("delete from vipps_webhook_registration");
        jdbc.update("insert into vipps_webhook_registration (id, url, events, secret_enc, msn, created_at) "
                + "values (?, ?, 'epayments.payment.authorized.v1', ?, '123456', current_timestamp)",
                UUID.randomUUID().toString(), PUBLIC_URL, cipher.encrypt(SECRET));
    }

    @AfterEach
    void noRegistrations() {
        jdbc.update("delete from vipps_webhook_registration");
    }

    private int deliver(String signedHost, String signedPath) {
        byte[] body = ("{\"msn\":\"123456\",\"reference\":\"co-proxied-1\",\"pspReference\":\"psp-" + UUID.randomUUID()
                + "\",\"name\":\"AUTHORIZED\",\"amount\":{\"currency\":\"NOK\",\"value\":100},"
                + "\"timestamp\":\"2026-01-01T00:00:00Z\",\"success\":true}").getBytes(StandardCharsets.UTF_8);
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        String hash = WebhookVerifier.contentHash(body);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/vipps/webhooks"))
                .header("Content-Type", "application/json")
                .header("x-ms-date", date)
                .header("x-ms-content-sha256", hash)
                .header("Authorization", WebhookVerifier.authorizationHeader(
                        WebhookVerifier.signature(SECRET, signedPath, date, signedHost, hash)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDeliverySignedForThePublicAddressIsVerifiedWhateverHostTheProxyPassedOn() {
        assertThat(endpoint.url(URI.create(baseUrl()))).isEqualTo(PUBLIC_URL);

        assertThat(deliver("shop.example", "/vipps/webhooks")).isEqualTo(200);
        assertThat(deliver("evil.example", "/vipps/webhooks")).isEqualTo(401);
        assertThat(deliver("shop.example", "/elsewhere")).isEqualTo(401);
    }
}
