package dev.vippsmp.core.webhook;

import dev.vippsmp.core.webhook.internal.WebhookInboxEntity;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the inbox's deliveries as a group commit: deliveries that arrive while another batch is being written are
 * written together, in one transaction, by whichever of their request threads gets to write next. Each request
 * still returns only once its own delivery is committed (so the endpoint answers 2xx only for what is stored), but
 * a burst of deliveries costs one commit per batch instead of one per delivery. A batch that fails (typically one
 * delivery stored already, by a retry or another node) is written again one delivery at a time, so only that one is
 * a duplicate. The ids a batch stored are handed on together once committed, so that they are dispatched as one batch
 * too. A batch's rows go to the database as one batched INSERT (their ids come from a sequence, drawn on many at a
 * time), whatever JDBC batch size the host's persistence unit sets for its own work.
 */
final class InboxWriter {

    private static final int MAX_BATCH = 256;

    /** A delivery waiting to be written; {@code id} is its row's id, or null when the key was stored already. */
    private record Pending(Supplier<WebhookInboxEntity> entity, CompletableFuture<Long> id) {
    }

    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();
    private final Consumer<List<Long>> stored;

    /** @param stored takes the ids of each batch's new deliveries once they are committed */
    InboxWriter(EntityManager entityManager, TransactionTemplate transactions, Consumer<List<Long>> stored) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.stored = stored;
    }

    /**
     * Stores the delivery and returns its id once committed; null when its key is stored already.
     *
     * @throws RuntimeException when it could not be stored (nothing is; the endpoint answers 5xx)
     */
    Long write(Supplier<WebhookInboxEntity> entity) {
        Pending mine = new Pending(entity, new CompletableFuture<>());
        queue.add(mine);
        while (!mine.id().isDone()) {
            // Waiting for the lock is what gathers a batch: whoever holds it writes everything queued meanwhile.
            writing.lock();
            try {
                if (!mine.id().isDone()) {
                    writeQueued();
                }
            } finally {
                writing.unlock();
            }
        }
        return mine.id().join();
    }

    private void writeQueued() {
        List<Pending> batch = new ArrayList<>();
        for (Pending next = queue.poll(); next != null; next = batch.size() < MAX_BATCH ? queue.poll() : null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        List<Long> written = new ArrayList<>(batch.size());
        try {
            List<Long> ids = transactions.execute(status -> persist(batch));
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).id().complete(ids.get(i));
                if (ids.get(i) != null) {
                    written.add(ids.get(i));
                }
            }
        } catch (RuntimeException batchFailed) {
            for (Pending one : batch) {
                Long id = writeAlone(one);
                if (id != null) {
                    written.add(id);
                }
            }
        } finally {
            // Whatever went wrong, no request waits for a delivery that is no longer queued.
            IllegalStateException unwritten = new IllegalStateException("The delivery was not written");
            batch.forEach(pending -> pending.id().completeExceptionally(unwritten));
        }
        try {
            stored.accept(written);
        } catch (RuntimeException e) {
            // Committed all the same: the dispatcher's sweep processes what was not handed on.
        }
    }

    /** Persists the batch; a key that comes twice in it is stored once (the later ones are duplicates). */
    private List<Long> persist(List<Pending> batch) {
        // This transaction's session only: the host's hibernate.jdbc.batch_size (none by default) stays the host's.
        entityManager.unwrap(Session.class).setJdbcBatchSize(MAX_BATCH);
        Set<String> keys = new HashSet<>();
        List<WebhookInboxEntity> entities = new ArrayList<>();
        for (Pending pending : batch) {
            WebhookInboxEntity entity = pending.entity().get();
            if (keys.add(entity.getDedupKey())) {
                entityManager.persist(entity);
                entities.add(entity);
            } else {
                entities.add(null);
            }
        }
        entityManager.flush();
        return entities.stream().map(e -> e == null ? null : e.getId()).toList();
    }

    /** Writes one delivery in its own transaction; its id, or null when it could not be written. */
    private Long writeAlone(Pending one) {
        try {
            Long id = transactions.execute(status -> {
                WebhookInboxEntity entity = one.entity().get();
                entityManager.persist(entity);
                entityManager.flush();
                return entity.getId();
            });
            one.id().complete(id);
            return id;
        } catch (RuntimeException e) {
            one.id().completeExceptionally(e);
            return null;
        }
    }
}
