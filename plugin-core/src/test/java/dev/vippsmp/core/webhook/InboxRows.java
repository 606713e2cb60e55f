package dev.vippsmp.core.webhook;

import dev.vippsmp.core.polling.PollSchedule;
import dev.vippsmp.core.payment.PaymentCompletion;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The dispatch tests' own deliveries: a feature's event whose handler counts its calls per reference (and throws
 * for the references told to fail), stored through the real inbox while its workers refuse all work, so nothing is
 * dispatched until a test says so.
 */
final class InboxRows {

    static final String EVENT = "test.batch-dispatched.v1";

    /** A handler at the seam the core owns: counts calls per reference, and fails those it is told to. */
    static final class CountingHandler implements WebhookEventHandler {
        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        final Set<String> failing = ConcurrentHashMap.newKeySet();

        @Override
        public List<String> events() {
            return List.of(EVENT);
        }

        @Override
        public Optional<EventKey> key(JsonNode body) {
            return Optional.of(new EventKey(body.get("ref").asString(), EVENT, "event-1"));
        }

        @Override
        public String process(String reference, String eventName, String body) {
            calls.computeIfAbsent(reference, ref -> new AtomicInteger()).incrementAndGet();
            if (failing.contains(reference)) {
                throw new IllegalStateException("The feature could not handle " + reference);
            }
            return "PROCESSED";
        }

        int calls(String reference) {
            AtomicInteger count = calls.get(reference);
            return count == null ? 0 : count.get();
        }
    }

    private final WebhookInbox storingOnly;
    private final JdbcTemplate jdbc;

    InboxRows(CountingHandler handler, PaymentCompletion completion, EntityManager entityManager,
            TransactionTemplate transactions, PollSchedule schedule, Clock clock, JdbcTemplate jdbc) {
        WebhookDispatcher refused = new WebhookDispatcher(completion, entityManager, transactions, work -> {
            throw new RejectedExecutionException("all workers busy");
        }, schedule, clock, List.of(handler));
        this.storingOnly = new WebhookInbox(entityManager, transactions, refused, clock, List.of(handler));
        this.jdbc = jdbc;
    }

    /** Stores one delivery per reference and returns their ids, in the references' order. */
    List<Long> store(List<String> references) {
        List<Long> ids = new ArrayList<>();
        for (String reference : references) {
            WebhookInbox.Receipt receipt = storingOnly.store(delivery(reference));
            if (receipt != WebhookInbox.Receipt.STORED) {
                throw new IllegalStateException(reference + " was not stored");
            }
            ids.add(jdbc.queryForObject("select id from vipps_webhook_inbox where reference = ?", Long.class,
                    reference));
        }
        return ids;
    }

    /** A delivery of the test event for the reference, as the verifier passes it on. */
    static VerifiedDelivery delivery(String reference) {
        byte[] body = ("{\"eventType\":\"" + EVENT + "\",\"ref\":\"" + reference + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        return new VerifiedDelivery(new WebhookDelivery("shop.example", "/vipps/webhooks", Map.of(), body));
    }

    Map<String, Object> row(String reference) {
        return jdbc.queryForMap("select outcome, processed_at, attempts, last_error, next_attempt_at, claim_token "
                + "from vipps_webhook_inbox where reference = ?", reference);
    }

    long claimTokens(List<String> references) {
        return references.stream().map(reference -> row(reference).get("claim_token")).distinct().count();
    }
}
