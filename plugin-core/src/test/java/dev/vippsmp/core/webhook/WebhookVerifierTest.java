package dev.vippsmp.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.core.client.errors.SignatureVerificationException;
import dev.vippsmp.core.webhook.WebhookRegistrations.VerifiableRegistration;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Webhook verification against the vendor's published test vector, every way a delivery can be wrong, choosing the
 * registration it verifies against, and the shop's public address behind a proxy.
 */
class WebhookVerifierTest {

    private static final String SECRET =
            "A0+AeKBRG2KRGvnNwJpQlb6IJFk48CKXCIcrLoHncVJKDILsQSxS6NWCccwWm6r6FhGKhiHTBsG2wo/xU6FY/A==";
    private static final URI URL = URI.create("https://webhook.site/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63");
    private static final String DATE = "Thu, 30 Mar 2023 08:38:32 GMT";
    private static final String BODY = "{\"some-unique-content\":\"ee6e441b-cc4a-46f8-895d-a5af79bcc233/hello-world\"}";
    private static final String HASH = "lNlsp1XA03N34HrQsVzPgJKtC+r7l/RBF4V3JQUWMj4=";
    private static final String SIGNATURE = "agAiSyogQbDHpeucoNwYz+yAr5nJ+v+zasdkSbqzv+U=";
    private static final Instant SENT = Instant.parse("2023-03-30T08:38:32Z");
    private static final Duration SKEW = Duration.ofMinutes(5);

    private static WebhookDelivery delivery(String body, Map<String, String> overrides) {
        Map<String, String> headers = new HashMap<>(Map.of("x-ms-date", DATE, "x-ms-content-sha256", HASH,
                "Authorization", WebhookVerifier.authorizationHeader(SIGNATURE)));
        overrides.forEach((name, value) -> {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.put(name, value);
            }
        });
        return new WebhookDelivery("webhook.site", "/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63", headers,
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theVendorsTestVectorComputesAndVerifies() {
        assertThat(WebhookVerifier.contentHash(BODY.getBytes(StandardCharsets.UTF_8))).isEqualTo(HASH);
        assertThat(WebhookVerifier.signature(SECRET, "/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63", DATE, "webhook.site",
                HASH)).isEqualTo(SIGNATURE);
        assertThatCode(() -> WebhookVerifier.verifyAgainst(delivery(BODY, Map.of()), URL, SECRET, SENT.plusSeconds(30),
                SKEW)).doesNotThrowAnyException();
    }

    @Test
    void aTamperedBodyFailsOnTheContentHash() {
        assertThatThrownBy(() -> WebhookVerifier.verifyAgainst(delivery(BODY.replace("hello", "HELLO"), Map.of()), URL,
                SECRET, SENT, SKEW)).isInstanceOf(SignatureVerificationException.class)
                .hasMessageContaining("x-ms-content-sha256");
    }

    @Test
    void aTamperedBodyWithARecomputedHashFailsOnTheSignature() {
        String tampered = BODY.replace("hello", "HELLO");
        String hash = WebhookVerifier.contentHash(tampered.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> WebhookVerifier.verifyAgainst(delivery(tampered, Map.of("x-ms-content-sha256",
                hash)), URL, SECRET, SENT, SKEW)).hasMessageContaining("signature does not match");
    }

    @Test
    void aWrongSecretFails() {
        assertThatThrownBy(() -> WebhookVerifier.verifyAgainst(delivery(BODY, Map.of()), URL, SECRET.replace('A', 'B'),
                SENT, SKEW)).hasMessageContaining("signature does not match");
    }

    @Test
    void aStaleOrFutureDateFails() {
        assertThatThrownBy(() -> WebhookVerifier.verifyAgainst(delivery(BODY, Map.of()), URL, SECRET,
                SENT.plus(Duration.ofMinutes(6)), SKEW)).hasMessageContaining("x-ms-date is too far");
        assertThatThrownBy(() -> WebhookVerifier.verifyAgainst(delivery(BODY, Map.of()), URL, SECRET,
                SENT.minus(Duration.ofMinutes(6)), SKEW)).hasMessageContaining("x-ms-date is too far");
    }

    @Test
    void missingOrMalformedHeadersFail() {
        assertThatThrownBy(() -> WebhookVerifier.verifyAgainst(delivery(BODY, mapOfNull("x-ms-date")), URL, SECRET,
                SENT, SKEW)).hasMessageContaining("x-ms-date is missing");
        assertThatThrownBy(() -> WebhookVerifier.verifyAgainst(delivery(BODY, Map.of("x-ms-date", "yesterday")), URL,
                SECRET, SENT, SKEW)).hasMessageContaining("RFC 1123");
        assertThatThrownBy(() -> WebhookVerifier.verifyAgainst(delivery(BODY, mapOfNull("x-ms-content-sha256")), URL,
                SECRET, SENT, SKEW)).hasMessageContaining("x-ms-content-sha256");
        assertThatThrownBy(() -> WebhookVerifier.verifyAgainst(delivery(BODY, mapOfNull("Authorization")), URL, SECRET,
                SENT, SKEW)).hasMessageContaining("Authorization is missing");
        assertThatThrownBy(() -> WebhookVerifier.verifyAgainst(delivery(BODY, Map.of("Authorization", "Bearer x")), URL,
                SECRET, SENT, SKEW)).hasMessageContaining("not HMAC-SHA256");
    }

    @Test
    void aDeliveryForAnotherHostOrPathFails() {
        WebhookDelivery otherHost = new WebhookDelivery("evil.example", "/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63",
                delivery(BODY, Map.of()).headers(), BODY.getBytes(StandardCharsets.UTF_8));
        WebhookDelivery otherPath = new WebhookDelivery("webhook.site", "/other",
                delivery(BODY, Map.of()).headers(), BODY.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> WebhookVerifier.verifyAgainst(otherHost, URL, SECRET, SENT, SKEW))
                .hasMessageContaining("another host");
        assertThatThrownBy(() -> WebhookVerifier.verifyAgainst(otherPath, URL, SECRET, SENT, SKEW))
                .hasMessageContaining("another path");
    }

    @Test
    void aNonDefaultPortIsPartOfTheSignedHost() {
        assertThat(WebhookVerifier.authority(URI.create("https://shop.example:8443/hook"))).isEqualTo(
                "shop.example:8443");
        assertThat(WebhookVerifier.authority(URI.create("https://shop.example:443/hook"))).isEqualTo("shop.example");
        assertThat(WebhookVerifier.pathAndQuery(URI.create("https://shop.example/hook?x=1"))).isEqualTo("/hook?x=1");
    }

    private static WebhookVerifier verifier(VerifiableRegistration... registrations) {
        return new WebhookVerifier(() -> List.of(registrations), Clock.fixed(SENT.plusSeconds(30), ZoneOffset.UTC),
                SKEW);
    }

    private static VerifiableRegistration registration(String id, URI url, String secret) {
        return new VerifiableRegistration(id, url, secret, List.of("epayments.payment.authorized.v1"));
    }

    @Test
    void theRegistrationWhoseSecretVerifiesIsFoundAmongSeveral() {
        WebhookVerifier verifier = verifier(registration("old", URL, "an-old-secret"),
                registration("elsewhere", URI.create("https://other.example/hook"), SECRET),
                registration("current", URL, SECRET));

        VerifiedDelivery verified = verifier.verify(delivery(BODY, Map.of()));

        assertThat(verified.body()).isEqualTo(BODY.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void withoutARegistrationWithAKnownSecretNothingVerifies() {
        assertThatThrownBy(() -> verifier().verify(delivery(BODY, Map.of())))
                .isInstanceOf(SignatureVerificationException.class)
                .hasMessageContaining("no webhook registration with a known secret");
    }

    @Test
    void theReasonGivenIsTheOneOfARegistrationForThisAddress() {
        WebhookVerifier verifier = verifier(registration("here", URL, "a-wrong-secret"),
                registration("elsewhere", URI.create("https://other.example/hook"), SECRET));

        assertThatThrownBy(() -> verifier.verify(delivery(BODY, Map.of())))
                .hasMessageContaining("signature does not match");
    }

    @Test
    void behindAProxyADeliveryVerifiesAsAddressedToThePublicUrl() {
        WebhookVerifier verifier = verifier(registration("public", URL, SECRET));
        WebhookDelivery reachedInside = new WebhookDelivery("shop-internal:8080", "/vipps/webhooks",
                delivery(BODY, Map.of()).headers(), BODY.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> verifier.verify(reachedInside)).hasMessageContaining("another host");
        assertThatThrownBy(() -> verifier.verify(reachedInside, null)).hasMessageContaining("another host");
        assertThat(verifier.verify(reachedInside, URL).body()).isEqualTo(BODY.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void thePublicUrlDoesNotMakeABadSignatureVerify() {
        WebhookVerifier verifier = verifier(registration("public", URL, SECRET));
        WebhookDelivery forged = new WebhookDelivery("shop-internal:8080", "/vipps/webhooks",
                delivery(BODY, Map.of("Authorization", WebhookVerifier.authorizationHeader("Zm9yZ2Vk"))).headers(),
                BODY.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> verifier.verify(forged, URL)).isInstanceOf(SignatureVerificationException.class)
                .hasMessageContaining("signature does not match");
        assertThatThrownBy(() -> verifier.verify(delivery(BODY, Map.of("Authorization",
                WebhookVerifier.authorizationHeader("Zm9yZ2Vk"))), URL))
                .hasMessageContaining("signature does not match");
    }

    @Test
    void onlyADeliveryWithAFreshDateAndTheRightContentHashMakesTheRegistrationsBeReadAgain() {
        AtomicInteger reads = new AtomicInteger();
        List<VerifiableRegistration> kept = List.of(registration("old", URL, "an-old-secret"));
        WebhookVerifier verifier = new WebhookVerifier(() -> kept, () -> {
            reads.incrementAndGet();
            return List.of(registration("new", URL, SECRET));
        }, Clock.fixed(SENT.plusSeconds(30), ZoneOffset.UTC), SKEW);

        assertThatThrownBy(() -> verifier.verify(delivery(BODY.replace("hello", "HELLO"), Map.of())))
                .hasMessageContaining("x-ms-content-sha256");
        assertThatThrownBy(() -> verifier.verify(delivery(BODY, Map.of("x-ms-date", "yesterday"))))
                .hasMessageContaining("x-ms-date");
        assertThatThrownBy(() -> verifier.verify(delivery(BODY, mapOfNull("Authorization"))))
                .hasMessageContaining("Authorization");
        assertThat(reads).hasValue(0);

        assertThat(verifier.verify(delivery(BODY, Map.of()))).isNotNull();
        assertThat(reads).hasValue(1);
    }

    @Test
    void aDeliverySentInTheSameSecondAsAnotherIsJudgedByItsOwnDate() {
        WebhookVerifier verifier = verifier(registration("here", URL, SECRET));
        assertThat(verifier.verify(delivery(BODY, Map.of()))).isNotNull();

        // The date parsed last is kept: another date is parsed (and refused) on its own.
        assertThatThrownBy(() -> verifier.verify(delivery(BODY, Map.of("x-ms-date",
                "Thu, 30 Mar 2023 09:38:32 GMT")))).hasMessageContaining("too far from now");
        assertThat(verifier.verify(delivery(BODY, Map.of()))).isNotNull();
    }

    private static Map<String, String> mapOfNull(String name) {
        Map<String, String> map = new HashMap<>();
        map.put(name, null);
        return map;
    }
}
