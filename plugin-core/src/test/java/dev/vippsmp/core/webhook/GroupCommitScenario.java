package dev.vippsmp.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.support.JdbcExecutions;
import dev.vippsmp.core.webhook.internal.WebhookInboxEntity;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The group commit on a real database, for the tests of each: deliveries arriving while one is written reach the
 * database as one JDBC batch of INSERTs (recorded by {@link JdbcExecutions}, which the test's context must import),
 * with distinct ids from the sequence (an identity column would make Hibernate send one INSERT per row), at most a
 * call or two of it for the whole batch.
 */
final class GroupCommitScenario {

    private static final int DELIVERIES = 32;

    private GroupCommitScenario() {
    }

    /** Stores a delivery and, while it is being written, {@value #DELIVERIES} more, and checks how they went. */
    static void run(EntityManager entityManager, TransactionTemplate transactions, JdbcTemplate jdbc) {
        InboxWriter writer = new InboxWriter(entityManager, transactions, ids -> { });
        String run = UUID.randomUUID().toString().substring(0, 8);
        ExecutorService senders = Executors.newFixedThreadPool(DELIVERIES + 1);
        CountDownLatch firstWriting = new CountDownLatch(1);
        CountDownLatch othersSent = new CountDownLatch(DELIVERIES);
        List<Long> ids = new ArrayList<>();
        List<JdbcExecutions.Execution> executions;
        try {
            executions = JdbcExecutions.during(() -> {
                // The first delivery's batch is being written while the others arrive: they queue up behind it and
                // are written together, as the next batch.
                Future<Long> first = senders.submit(() -> writer.write(() -> {
                    firstWriting.countDown();
                    awaitQuietly(othersSent);
                    return entity(run, "first");
                }));
                awaitQuietly(firstWriting);
                List<Future<Long>> others = new ArrayList<>();
                for (int i = 0; i < DELIVERIES; i++) {
                    String name = String.valueOf(i);
                    others.add(senders.submit(() -> {
                        othersSent.countDown();
                        return writer.write(() -> entity(run, name));
                    }));
                }
                ids.add(result(first));
                others.forEach(other -> ids.add(result(other)));
            });
        } finally {
            senders.shutdownNow();
        }

        List<JdbcExecutions.Execution> inserts = executions.stream()
                .filter(execution -> execution.startsWith("insert into vipps_webhook_inbox")).toList();
        assertThat(inserts).as("the first alone, then everything that arrived meanwhile in one batch")
                .containsExactly(new JdbcExecutions.Execution(inserts.get(0).sql(), 1, true),
                        new JdbcExecutions.Execution(inserts.get(0).sql(), DELIVERIES, true));
        // None when the context's earlier writes left enough ids in Hibernate's pool (the context is shared).
        assertThat(executions.stream().filter(execution -> execution.sql().contains("vipps_webhook_inbox_seq")))
                .as("calls of the sequence for %d ids", DELIVERIES + 1).hasSizeLessThanOrEqualTo(2);
        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from vipps_webhook_inbox where reference like ?", Long.class,
                "ib-" + run + "-%")).isEqualTo(DELIVERIES + 1);
    }

    private static WebhookInboxEntity entity(String run, String name) {
        String reference = "ib-" + run + "-" + name;
        return new WebhookInboxEntity(reference + "|AUTHORIZED|psp", reference, "AUTHORIZED", "psp", true, "{}",
                java.time.Instant.now());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The deliveries did not arrive");
            }
            // Sent is not yet queued: a moment for the last of them to reach the writer's queue.
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Long result(Future<Long> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
