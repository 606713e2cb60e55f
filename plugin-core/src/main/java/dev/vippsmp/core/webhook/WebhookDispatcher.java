package dev.vippsmp.core.webhook;

import dev.vippsmp.core.payment.CompletionResult;
import dev.vippsmp.core.payment.PaymentCompletion;
import dev.vippsmp.core.polling.PollSchedule;
import dev.vippsmp.core.webhook.internal.WebhookInboxEntity;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last of a delivery's three steps (after {@link WebhookVerifier verify} and {@link WebhookInbox store}):
 * claims a stored delivery, so that one thread on one node handles it, and completes its payment through the one
 * completion path (the body is only a signal). A stored delivery is dispatched at once on the webhook workers, and
 * a sweep picks up anything left (after a crash, or when the vendor's API was down). Processing that fails is
 * tried again when the {@link PollSchedule} says, and left for an admin after the last attempt.
 */
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int MAX_ERROR = 500;

    private final PaymentCompletion payments;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final Executor executor;
    private final PollSchedule schedule;
    private final Clock clock;
    private final List<WebhookEventHandler> handlers;

    public WebhookDispatcher(PaymentCompletion payments, EntityManager entityManager, TransactionTemplate transactions,
            Executor executor, PollSchedule schedule, Clock clock) {
        this(payments, entityManager, transactions, executor, schedule, clock, List.of());
    }

    /** With the handlers of the features outside the core, which process their own events. */
    public WebhookDispatcher(PaymentCompletion payments, EntityManager entityManager, TransactionTemplate transactions,
            Executor executor, PollSchedule schedule, Clock clock, List<WebhookEventHandler> handlers) {
        this.handlers = List.copyOf(handlers);
        this.payments = payments;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.executor = executor;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Processes a just-stored delivery on another thread; when all workers are busy, the sweep processes it. */
    void dispatchSoon(long id) {
        try {
            executor.execute(() -> processOne(id));
        } catch (RejectedExecutionException busy) {
            // Stored; the sweep processes it.
        }
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

    /** Processes one delivery if no other thread or node holds it; true when this call handled it. */
    boolean processOne(long id) {
        Instant now = now();
        // Claimed and read in one transaction: the claim's row is the one read.
        WebhookInboxEntity entry = transactions.execute(status -> {
            int claimed = entityManager.createQuery(
                            "update WebhookInboxEntity w set w.nextAttemptAt = :until, w.attempts = w.attempts + 1 "
                                    + "where w.id = :id and w.processedAt is null and w.nextAttemptAt <= :now")
                    .setParameter("until", schedule.webhookClaimEnds())
                    .setParameter("id", id)
                    .setParameter("now", now)
                    .executeUpdate();
            return claimed == 0 ? null : entityManager.find(WebhookInboxEntity.class, id);
        });
        if (entry == null) {
            return false;
        }
        try {
            WebhookEventHandler handler = handlerOf(entry.getEventName());
            if (handler != null) {
                finish(id, handler.process(entry.getReference(), entry.getEventName(), entry.getPayload()), null,
                        null);
            } else {
                CompletionResult result = payments.completeOnEvent(entry.getReference(), entry.getEventName());
                finish(id, result.status() == null ? "UNKNOWN_REFERENCE" : "PROCESSED", null, null);
            }
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

    private WebhookEventHandler handlerOf(String eventName) {
        return handlers.stream().filter(handler -> handler.events().contains(eventName)).findFirst().orElse(null);
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

    /**
     * Now, in whole milliseconds: every database keeps those exactly, so a time written and compared at the same
     * instant stays equal (a database rounding nanoseconds up would make a fresh delivery look not yet due).
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
