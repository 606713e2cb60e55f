package dev.vippsmp.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.core.client.errors.SignatureVerificationException;
import dev.vippsmp.core.settings.SecretCipher;
import dev.vippsmp.core.support.PostgresIntegrationTest;
import dev.vippsmp.testsupport.MutableClock;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes verify deliveries against the registrations of one PostgreSQL database, each keeping them decrypted for
 * a few seconds: a registration made on one node verifies at once on both (the other reads again when a delivery
 * fits none of those it keeps); one deleted verifies no more at once on the node that deleted it, and on the other
 * once its clock has passed the time it keeps them.
 */
class WebhookRegistrationsOnTwoNodesTest extends PostgresIntegrationTest {

    private static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

    @Autowired
    private EntityManagerFactory entityManagerFactory;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private SecretCipher cipher;
    @Autowired
    private DataSource dataSource;

    private MutableClock clockA;
    private MutableClock clockB;
    private WebhookRegistrations nodeA;
    private WebhookRegistrations nodeB;
    private WebhookVerifier verifierA;
    private WebhookVerifier verifierB;
    private final String url = "https://shop-" + UUID.randomUUID() + ".example/vipps/webhooks";

    @BeforeEach
    void twoNodes() {
        clockA = new MutableClock(START);
        clockB = new MutableClock(START);
        nodeA = node(clockA);
        nodeB = node(clockB);
        verifierA = new WebhookVerifier(nodeA, clockA, Duration.ofMinutes(5));
        verifierB = new WebhookVerifier(nodeB, clockB, Duration.ofMinutes(5));
    }

    @AfterEach
    void noRegistrationsOfThisTest() {
        nodeA.list().stream().filter(r -> r.url().equals(url)).forEach(r -> nodeA.delete(r.id()));
    }

    private WebhookRegistrations node(MutableClock clock) {
        return new WebhookRegistrations(client,
                SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory),
                new TransactionTemplate(transactionManager), cipher, clock);
    }

    /** A delivery to the URL, signed with the secret the vendor holds for the registration. */
    private WebhookDelivery signed(String secret, Instant at) {
        byte[] body = "{\"reference\":\"r-1\",\"pspReference\":\"p-1\",\"name\":\"AUTHORIZED\"}"
                .getBytes(StandardCharsets.UTF_8);
        URI to = URI.create(url);
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
        String hash = WebhookVerifier.contentHash(body);
        String signature = WebhookVerifier.signature(secret, WebhookVerifier.pathAndQuery(to), date,
                WebhookVerifier.authority(to), hash);
        return new WebhookDelivery(WebhookVerifier.authority(to), WebhookVerifier.pathAndQuery(to),
                Map.of("x-ms-date", date, "x-ms-content-sha256", hash,
                        "Authorization", WebhookVerifier.authorizationHeader(signature)), body);
    }

    /** The secret the vendor signs with, as the node that registered stored it. */
    private String secretOf(String id) {
        return cipher.decrypt(new JdbcTemplate(dataSource).queryForObject(
                "select secret_enc from vipps_webhook_registration where id = ?", String.class, id));
    }

    @Test
    void aRegistrationMadeOnOneNodeVerifiesAtOnceOnBoth() {
        // Both nodes keep what they have read, before the registration exists.
        assertThat(nodeA.verifiable()).noneMatch(r -> r.url().toString().equals(url));
        assertThat(nodeB.verifiable()).noneMatch(r -> r.url().toString().equals(url));

        String id = nodeA.register(url, null).id();
        WebhookDelivery delivery = signed(secretOf(id), START);

        assertThat(verifierA.verify(delivery)).isNotNull();
        assertThat(verifierB.verify(delivery)).isNotNull();
    }

    @Test
    void aRegistrationDeletedOnOneNodeVerifiesNoMoreThereAtOnceAndOnTheOtherOnceItsKeepingTimeHasPassed() {
        String id = nodeA.register(url, null).id();
        String secret = secretOf(id);
        assertThat(verifierB.verify(signed(secret, START))).isNotNull();

        nodeA.delete(id);

        assertThatThrownBy(() -> verifierA.verify(signed(secret, START)))
                .isInstanceOf(SignatureVerificationException.class);
        clockB.advance(WebhookRegistrations.KEEP_VERIFIABLE.minusMillis(1));
        assertThat(verifierB.verify(signed(secret, clockB.instant()))).isNotNull();
        clockB.advance(Duration.ofMillis(1));
        assertThatThrownBy(() -> verifierB.verify(signed(secret, clockB.instant())))
                .isInstanceOf(SignatureVerificationException.class);
    }

    @Test
    void readingAgainKeepsTheRegistrationsAlreadyDecrypted() {
        String id = nodeA.register(url, null).id();
        WebhookRegistrations.VerifiableRegistration first = nodeB.verifiable().stream()
                .filter(r -> r.id().equals(id)).findFirst().orElseThrow();

        clockB.advance(WebhookRegistrations.KEEP_VERIFIABLE);

        assertThat(nodeB.verifiable()).filteredOn(r -> r.id().equals(id)).singleElement().isSameAs(first);
    }
}
