package dev.vippsmp.core.webhook;

import dev.vippsmp.core.payment.CompletionResult;
import dev.vippsmp.core.payment.PaymentCompletion;
import dev.vippsmp.core.polling.PollSchedule;
import dev.vippsmp.core.webhook.internal.WebhookInboxEntity;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.query.NativeQuery;
import org.hibernate.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last of a delivery's three steps (after {@link WebhookVerifier verify} and {@link WebhookInbox store}):
 * claims stored deliveries, so that one thread on one node handles each, and completes their payments through the
 * one completion path (the body is only a signal). Deliveries are claimed and finished per batch, one transaction
 * for each, since those transactions cost a shop more than the completions they surround; each delivery of a batch
 * is still completed on its own, and one that fails is retried alone. Stored deliveries are dispatched at once on
 * the webhook workers, and a sweep picks up anything left (after a crash, when the workers were busy, or when the
 * vendor's API was down). Processing that fails is tried again when the {@link PollSchedule} says, and left for an
 * admin after the last attempt.
 */
public class WebhookDispatcher {

    /** The most deliveries one claim takes; small enough that a batch is processed well within its claim. */
    static final int MAX_BATCH = 50;

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int MAX_ERROR = 500;
    /** Beyond this many waiting for a worker, just-stored deliveries are left to the sweep, which reads the inbox. */
    private static final int MAX_WAITING = 10_000;
    private static final int CLAIM_TRIES = 3;
    private static final BatchIds BATCH = new BatchIds(MAX_BATCH);
    // The two UPDATEs are SQL, which Hibernate sends as written: it keeps no translation of an HQL UPDATE, whatever
    // its parameters, and would translate one again for every batch. The read-back is HQL, whose translation it
    // keeps (its parameters being single values, see BatchIds).
    private static final String CLAIM = "update vipps_webhook_inbox set next_attempt_at = :until, "
            + "attempts = attempts + 1, claim_token = :token "
            + "where id in " + BATCH.list() + " and processed_at is null and next_attempt_at <= :now";
    private static final String CLAIMED = "select w from WebhookInboxEntity w where w.id in " + BATCH.list()
            + " and w.claimToken = :token order by w.id";
    private static final String RECORD = "update vipps_webhook_inbox set processed_at = :processed, "
            + "outcome = :outcome, last_error = :error, next_attempt_at = :retry "
            + "where id in " + BATCH.list() + " and claim_token = :token";

    private final PaymentCompletion payments;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final Executor executor;
    private final PollSchedule schedule;
    private final Clock clock;
    private final List<WebhookEventHandler> handlers;
    private final Queue<Long> justStored = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();

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

    /**
     * Processes deliveries just stored (and committed) on a worker; a worker takes whatever has been stored
     * meanwhile as one batch. When all workers are busy, the sweep processes them.
     */
    void dispatchSoon(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        if (waiting.addAndGet(ids.size()) > MAX_WAITING) {
            waiting.addAndGet(-ids.size());
            return; // Stored; the sweep processes them.
        }
        justStored.addAll(ids);
        // One worker per batch's worth: a group commit may store more than one claim takes, and what no worker
        // takes would wait for the next delivery or the sweep.
        int workers = (ids.size() + MAX_BATCH - 1) / MAX_BATCH;
        try {
            for (int i = 0; i < workers; i++) {
                executor.execute(this::dispatchJustStored);
            }
        } catch (RejectedExecutionException busy) {
            // Stored and still waiting: the next worker to run takes them, or else the sweep does.
        }
    }

    private void dispatchJustStored() {
        List<Long> batch = new ArrayList<>();
        for (Long id = justStored.poll(); id != null; id = batch.size() < MAX_BATCH ? justStored.poll() : null) {
            batch.add(id);
        }
        waiting.addAndGet(-batch.size());
        if (!batch.isEmpty()) {
            dispatch(batch);
        }
    }

    /** Processes stored deliveries that are due, in batches; returns how many were handled. */
    public int processPending(int limit) {
        List<Long> due = transactions.execute(status -> entityManager.createQuery(
                        "select w.id from WebhookInboxEntity w where w.processedAt is null and w.nextAttemptAt <= :now "
                                + "order by w.id", Long.class)
                .setParameter("now", now())
                .setMaxResults(limit)
                .getResultList());
        return dispatch(due); // in batches of MAX_BATCH
    }

    /**
     * Claims those of the deliveries that no other thread or node holds, processes each, and records their
     * outcomes; returns how many this call claimed (and so handled).
     */
    int dispatch(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        if (ids.size() > MAX_BATCH) {
            int handled = 0;
            for (int from = 0; from < ids.size(); from += MAX_BATCH) {
                handled += dispatch(ids.subList(from, Math.min(ids.size(), from + MAX_BATCH)));
            }
            return handled;
        }
        Claim claim = claim(ids);
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        for (WebhookInboxEntity entry : claim.entries()) {
            if (clock.instant().isAfter(claim.until())) {
                // The claim has run out: the rest may be another node's by now, and are processed by whoever
                // claims them next.
                log.warn("Webhook deliveries outlasted their claim; {} left for the next claim",
                        claim.entries().size() - outcomes.size());
                break;
            }
            outcomes.put(entry.getId(), process(entry));
        }
        finish(claim.token(), outcomes);
        return claim.entries().size();
    }

    /** The rows one claim won, and its token and end. */
    private record Claim(String token, Instant until, List<WebhookInboxEntity> entries) {
    }

    /**
     * Claims the deliveries of {@code ids} that are unprocessed and due, in one conditional UPDATE that writes this
     * claim's random token, then reads back the rows carrying the token: exactly the rows this claim won (both
     * statements the same for every batch, see {@link BatchIds}). Two
     * claims of the same row on any nodes are serialised by the database's row lock, and the one that waited finds
     * the condition no longer holds.
     */
    private Claim claim(List<Long> ids) {
        // In id order, so that two claims of overlapping batches lock their rows in the same order.
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        String token = UUID.randomUUID().toString();
        Instant now = now();
        Instant until = schedule.webhookClaimEnds();
        for (int tries = 1; ; tries++) {
            try {
                List<WebhookInboxEntity> won = transactions.execute(status -> {
                    NativeQuery<?> update = inboxUpdate(CLAIM)
                            .setParameter("until", until, Instant.class)
                            .setParameter("token", token, String.class)
                            .setParameter("now", now, Instant.class);
                    BATCH.bind(update, sorted);
                    if (update.executeUpdate() == 0) {
                        return List.<WebhookInboxEntity>of();
                    }
                    Query<WebhookInboxEntity> claimed = entityManager.createQuery(CLAIMED, WebhookInboxEntity.class)
                            .unwrap(Query.class)
                            .setParameter("token", token, String.class);
                    BATCH.bind(claimed, sorted);
                    return claimed.getResultList();
                });
                return new Claim(token, until, won);
            } catch (RuntimeException e) {
                // Typically a deadlock with another node's claim of an overlapping batch; nothing was claimed.
                if (tries == CLAIM_TRIES) {
                    log.warn("Could not claim {} webhook deliveries; the sweep processes them", sorted.size(), e);
                    return new Claim(token, until, List.of());
                }
            }
        }
    }

    /** What became of a claimed delivery; {@code outcome} null means not processed yet, tried again at retryAt. */
    private record Outcome(String outcome, String error, Instant retryAt) {
    }

    /** Completes one delivery; whatever it throws is its outcome alone. */
    private Outcome process(WebhookInboxEntity entry) {
        try {
            WebhookEventHandler handler = handlerOf(entry.getEventName());
            if (handler != null) {
                return new Outcome(handler.process(entry.getReference(), entry.getEventName(), entry.getPayload()),
                        null, null);
            }
            CompletionResult result = payments.completeOnEvent(entry.getReference(), entry.getEventName());
            return new Outcome(result.status() == null ? "UNKNOWN_REFERENCE" : "PROCESSED", null, null);
        } catch (RuntimeException e) {
            int attempts = entry.getAttempts();
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            Instant retryAt = schedule.webhookRetry(attempts);
            if (retryAt == null) {
                log.error("Webhook {} for payment {} failed {} times; left for an admin", entry.getEventName(),
                        entry.getReference(), attempts, e);
                return new Outcome("FAILED", truncated(error), null);
            }
            log.warn("Webhook {} for payment {} failed ({}); retrying", entry.getEventName(), entry.getReference(),
                    error);
            return new Outcome(null, truncated(error), retryAt);
        }
    }

    private WebhookEventHandler handlerOf(String eventName) {
        return handlers.stream().filter(handler -> handler.events().contains(eventName)).findFirst().orElse(null);
    }

    /**
     * Records a batch's outcomes in one transaction, one UPDATE per distinct outcome (nearly always a single one,
     * PROCESSED), each only where this claim still holds the row. Should that transaction fail, each outcome is
     * recorded on its own, so one delivery's bad row does not hold up the others.
     */
    private void finish(String token, Map<Long, Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        Map<Outcome, List<Long>> groups = new LinkedHashMap<>();
        outcomes.forEach((id, outcome) -> groups.computeIfAbsent(outcome, same -> new ArrayList<>()).add(id));
        Instant processed = now();
        try {
            transactions.executeWithoutResult(status -> groups.forEach((outcome, ids) ->
                    record(token, outcome, ids, processed)));
        } catch (RuntimeException batchFailed) {
            outcomes.forEach((id, outcome) -> {
                try {
                    transactions.executeWithoutResult(status -> record(token, outcome, List.of(id), processed));
                } catch (RuntimeException e) {
                    // Still claimed: processed again once the claim has run out.
                    log.warn("Could not record the outcome of webhook delivery {}", id, e);
                }
            });
        }
    }

    private void record(String token, Outcome outcome, List<Long> ids, Instant processed) {
        NativeQuery<?> update = inboxUpdate(RECORD)
                .setParameter("processed", outcome.outcome() == null ? null : processed, Instant.class)
                .setParameter("outcome", outcome.outcome(), String.class)
                .setParameter("error", outcome.error(), String.class)
                .setParameter("retry", outcome.retryAt(), Instant.class)
                .setParameter("token", token, String.class);
        BATCH.bind(update, ids);
        update.executeUpdate();
    }

    /**
     * An UPDATE of the inbox in SQL, declared to touch the inbox alone: otherwise Hibernate would count it as a
     * change to every table, flushing and evicting the host's cached entities of all kinds.
     */
    private NativeQuery<?> inboxUpdate(String sql) {
        return entityManager.createNativeQuery(sql).unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(WebhookInboxEntity.class);
    }

    private static String truncated(String error) {
        return error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    }

    /**
     * Now, in whole milliseconds: every database keeps those exactly, so a time written and compared at the same
     * instant stays equal (a database rounding nanoseconds up would make a fresh delivery look not yet due).
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
