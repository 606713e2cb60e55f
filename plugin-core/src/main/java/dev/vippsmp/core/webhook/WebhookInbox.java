package dev.vippsmp.core.webhook;

import dev.vippsmp.core.client.errors.SignatureVerificationException;
import dev.vippsmp.core.payment.CompletionResult;
import dev.vippsmp.core.payment.PaymentService;
import dev.vippsmp.core.payment.Trigger;
import dev.vippsmp.core.polling.PollSchedule;
import dev.vippsmp.core.webhook.WebhookRegistrations.VerifiableRegistration;
import dev.vippsmp.core.webhook.internal.WebhookEvent;
import dev.vippsmp.core.webhook.internal.WebhookInboxEntity;
import dev.vippsmp.core.webhook.internal.WebhookRegistrationEntity;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Store, then process. {@link #receive} verifies a delivery (host, path, date, content hash, HMAC), stores it under
 * a unique key (reference, event name, event pspReference) and returns, so the endpoint can answer 2xx at once;
 * processing happens afterwards on another thread, and a sweep picks up anything left (after a crash, or when the
 * vendor's API was down). A duplicate is a no-op, an event for an unknown reference is stored and ignored, and a
 * delivery that does not verify stores nothing.
 */
public class WebhookInbox {

    private static final Logger log = LoggerFactory.getLogger(WebhookInbox.class);
    private static final int MAX_ERROR = 500;
    private static final int MAX_BODY = 8000;
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The plugin's own tables behind webhooks, for the host's persistence unit. */
    public static final List<String> ENTITY_CLASSES = List.of(WebhookInboxEntity.class.getName(),
            WebhookRegistrationEntity.class.getName());

    /** What became of a delivery. */
    public enum Receipt { STORED, DUPLICATE }

    private final WebhookRegistrations registrations;
    private final PaymentService payments;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final Executor executor;
    private final Clock clock;
    private final Duration maxClockSkew;
    private final PollSchedule schedule;

    public WebhookInbox(WebhookRegistrations registrations, PaymentService payments, EntityManager entityManager,
            TransactionTemplate transactions, Executor executor, Clock clock, Duration maxClockSkew,
            PollSchedule schedule) {
        this.registrations = registrations;
        this.payments = payments;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.executor = executor;
        this.clock = clock;
        this.maxClockSkew = maxClockSkew;
        this.schedule = schedule;
    }

    /**
     * Verifies and stores a delivery; processing follows asynchronously.
     *
     * @throws SignatureVerificationException when it does not verify (answer 401; nothing stored)
     * @throws InvalidWebhookException when it verifies but is not a readable event (answer 400; nothing stored)
     */
    public Receipt receive(WebhookDelivery delivery) {
        verify(delivery);
        WebhookEvent event = parse(delivery.body());
        String key = event.reference() + "|" + event.name() + "|" + event.pspReference();
        if (exists(key)) {
            return Receipt.DUPLICATE;
        }
        Long id;
        try {
            id = transactions.execute(status -> {
                WebhookInboxEntity entity = new WebhookInboxEntity(key, event.reference(), event.name(),
                        event.pspReference(), event.success(), new String(delivery.body(), StandardCharsets.UTF_8),
                        now());
                entityManager.persist(entity);
                entityManager.flush();
                return entity.getId();
            });
        } catch (RuntimeException e) {
            if (exists(key)) {
                return Receipt.DUPLICATE; // Another node stored the same delivery a moment earlier.
            }
            throw e;
        }
        try {
            executor.execute(() -> processOne(id));
        } catch (RejectedExecutionException busy) {
            // Stored; the sweep processes it.
        }
        return Receipt.STORED;
    }

    /** Processes stored deliveries that are due; returns how many were handled. */
    public int processPending(int limit) {
        List<Long> due = transactions.execute(status -> entityManager.createQuery(
                        "select w.id from WebhookInboxEntity w where w.processedAt is null and w.nextAttemptAt <= :now "
                                + "order by w.id", Long.class)
                .setParameter("now", now())
                .setMaxResults(limit)
                .getResultList());
        int handled = 0;
        for (Long id : due) {
            if (processOne(id)) {
                handled++;
            }
        }
        return handled;
    }

    /** Newest first, for support. */
    public List<InboxEntry> recent(int limit) {
        return transactions.execute(status -> entityManager.createQuery(
                        "select w from WebhookInboxEntity w order by w.id desc", WebhookInboxEntity.class)
                .setMaxResults(limit).getResultStream().map(WebhookInbox::entry).toList());
    }

    public Optional<InboxEntry> find(String reference, String eventName, String pspReference) {
        String key = reference + "|" + eventName + "|" + pspReference;
        return transactions.execute(status -> entityManager.createQuery(
                        "select w from WebhookInboxEntity w where w.dedupKey = :key", WebhookInboxEntity.class)
                .setParameter("key", key).getResultStream().findFirst().map(WebhookInbox::entry));
    }

    /** Processes one delivery if no other thread or node holds it; true when this call handled it. */
    boolean processOne(long id) {
        Instant now = now();
        Integer claimed = transactions.execute(status -> entityManager.createQuery(
                        "update WebhookInboxEntity w set w.nextAttemptAt = :until, w.attempts = w.attempts + 1 "
                                + "where w.id = :id and w.processedAt is null and w.nextAttemptAt <= :now")
                .setParameter("until", schedule.webhookClaimEnds())
                .setParameter("id", id)
                .setParameter("now", now)
                .executeUpdate());
        if (claimed == null || claimed == 0) {
            return false;
        }
        WebhookInboxEntity entry = transactions.execute(status -> entityManager.find(WebhookInboxEntity.class, id));
        try {
            CompletionResult result = payments.complete(entry.getReference(), Trigger.WEBHOOK);
            finish(id, result.status() == null ? "UNKNOWN_REFERENCE" : "PROCESSED", null, null);
        } catch (RuntimeException e) {
            int attempts = entry.getAttempts();
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            Instant retryAt = schedule.webhookRetry(attempts);
            if (retryAt == null) {
                log.error("Webhook {} for payment {} failed {} times; left for an admin", entry.getEventName(),
                        entry.getReference(), attempts, e);
                finish(id, "FAILED", error, null);
            } else {
                log.warn("Webhook {} for payment {} failed ({}); retrying", entry.getEventName(),
                        entry.getReference(), error);
                finish(id, null, error, retryAt);
            }
        }
        return true;
    }

    private void finish(long id, String outcome, String error, Instant retryAt) {
        String lastError = error == null ? null : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        transactions.executeWithoutResult(status -> entityManager.createQuery(
                        "update WebhookInboxEntity w set w.processedAt = :processed, w.outcome = :outcome, "
                                + "w.lastError = :error, w.nextAttemptAt = :retry where w.id = :id")
                .setParameter("processed", outcome == null ? null : now())
                .setParameter("outcome", outcome)
                .setParameter("error", lastError)
                .setParameter("retry", retryAt)
                .setParameter("id", id)
                .executeUpdate());
    }

    private void verify(WebhookDelivery delivery) {
        List<VerifiableRegistration> candidates = registrations.verifiable();
        if (candidates.isEmpty()) {
            throw new SignatureVerificationException("no webhook registration with a known secret");
        }
        SignatureVerificationException last = null;
        for (VerifiableRegistration registration : candidates) {
            try {
                WebhookVerifier.verify(delivery, registration.url(), registration.secret(), now(),
                        maxClockSkew);
                return;
            } catch (SignatureVerificationException e) {
                // Prefer the reason from a registration that matched host and path.
                if (last == null || !e.detail().startsWith("addressed to")) {
                    last = e;
                }
            }
        }
        throw last;
    }

    private static WebhookEvent parse(byte[] body) {
        if (body.length > MAX_BODY) {
            throw new InvalidWebhookException("The webhook body is larger than " + MAX_BODY + " bytes");
        }
        WebhookEvent event;
        try {
            event = JSON.readValue(body, WebhookEvent.class);
        } catch (RuntimeException e) {
            throw new InvalidWebhookException("The webhook body is not a JSON event");
        }
        if (event == null || blank(event.reference()) || blank(event.name()) || blank(event.pspReference())) {
            throw new InvalidWebhookException("The webhook event lacks reference, name or pspReference");
        }
        if (event.reference().length() > 64 || event.name().length() > 80 || event.pspReference().length() > 100) {
            throw new InvalidWebhookException("The webhook event has an overlong field");
        }
        return event;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private boolean exists(String key) {
        Long count = transactions.execute(status -> entityManager.createQuery(
                        "select count(w) from WebhookInboxEntity w where w.dedupKey = :key", Long.class)
                .setParameter("key", key).getSingleResult());
        return count != null && count > 0;
    }

    /**
     * Now, in whole milliseconds: every database keeps those exactly, so a time written and compared at the same
     * instant stays equal (a database rounding nanoseconds up would make a fresh delivery look not yet due).
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static InboxEntry entry(WebhookInboxEntity w) {
        return new InboxEntry(w.getId(), w.getReference(), w.getEventName(), w.getPspReference(), w.getSuccess(),
                w.getReceivedAt(), w.getProcessedAt(), w.getOutcome(), w.getAttempts(), w.getLastError());
    }
}
