package dev.vippsmp.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.settings.SecretCipher;
import dev.vippsmp.core.support.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deliveries arriving at once are written together (one commit for many) and still each exactly once on real
 * PostgreSQL: of two copies of every delivery sent at the same moment, and of a copy of one stored long before, one
 * is stored and the others are duplicates, and every delivery answered "stored" is in the inbox.
 */
class InboxGroupCommitOnPostgresTest extends PostgresIntegrationTest {

    private static final String SECRET = "webhook-secret-" + UUID.randomUUID();
    private static final String HOST = "shop.example";
    private static final String PATH = "/vipps/webhooks";

    @Autowired
    private WebhookVerifier verifier;
    @Autowired
    private WebhookInbox inbox;
    @Autowired
    private SecretCipher cipher;
    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void registration() {
        jdbc.update("delete from vipps_webhook_registration");
        jdbc.update("insert into vipps_webhook_registration (id, url, events, secret_enc, msn, created_at) "
                + "values (?, ?, ?, ?, ?, current_timestamp)", UUID.randomUUID().toString(),
                "https://" + HOST + PATH, "epayments.payment.authorized.v1", cipher.encrypt(SECRET), "123456");
    }

    @Test
    void copiesArrivingTogetherAreStoredOnceEachAndTheRestAreDuplicates() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String storedLongAgo = event("gc-" + run + "-old", "psp-old");
        assertThat(inbox.store(verifier.verify(signed(storedLongAgo)))).isEqualTo(WebhookInbox.Receipt.STORED);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            String body = event("gc-" + run + "-" + i, "psp-" + i);
            bodies.add(body);
            bodies.add(body);
        }
        bodies.add(storedLongAgo);

        ExecutorService senders = Executors.newFixedThreadPool(bodies.size());
        CyclicBarrier together = new CyclicBarrier(bodies.size());
        List<Callable<WebhookInbox.Receipt>> deliveries = new ArrayList<>();
        for (String body : bodies) {
            deliveries.add(() -> {
                WebhookDelivery delivery = signed(body);
                together.await();
                return inbox.store(verifier.verify(delivery));
            });
        }
        int stored = 0;
        int duplicates = 0;
        try {
            for (Future<WebhookInbox.Receipt> receipt : senders.invokeAll(deliveries)) {
                if (receipt.get() == WebhookInbox.Receipt.STORED) {
                    stored++;
                } else {
                    duplicates++;
                }
            }
        } finally {
            senders.shutdownNow();
        }

        assertThat(stored).isEqualTo(48);
        assertThat(duplicates).isEqualTo(49);
        assertThat(jdbc.queryForObject("select count(*) from vipps_webhook_inbox where reference like ?",
                Long.class, "gc-" + run + "-%")).isEqualTo(49);
        assertThat(jdbc.queryForObject("select count(distinct dedup_key) from vipps_webhook_inbox where reference "
                + "like ?", Long.class, "gc-" + run + "-%")).isEqualTo(49);
    }

    private static String event(String reference, String pspReference) {
        return "{\"msn\":\"123456\",\"reference\":\"" + reference + "\",\"pspReference\":\"" + pspReference
                + "\",\"name\":\"AUTHORIZED\",\"amount\":{\"currency\":\"NOK\",\"value\":1000},"
                + "\"timestamp\":\"2026-03-01T10:00:00Z\",\"success\":true}";
    }

    private WebhookDelivery signed(String body) {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atOffset(ZoneOffset.UTC));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String hash = WebhookVerifier.contentHash(bytes);
        return new WebhookDelivery(HOST, PATH, Map.of("x-ms-date", date, "x-ms-content-sha256", hash,
                "Authorization", WebhookVerifier.authorizationHeader(WebhookVerifier.signature(SECRET, PATH, date,
                        HOST, hash))), bytes);
    }
}
