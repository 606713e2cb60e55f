package dev.vippsmp.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.payment.PaymentCompletion;
import dev.vippsmp.core.polling.PollSchedule;
import dev.vippsmp.core.support.JdbcExecutions;
import dev.vippsmp.core.support.MariaDbIntegrationTest;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox and its dispatcher on real MariaDB through Hibernate: the group commit's batched INSERT with ids from
 * the sequence, two dispatchers racing for the same rows, and the claim's and finish's native UPDATEs, whose
 * {@link Instant} parameters meet DATETIME(6) columns: a time written is read back as written, and a delivery is
 * due from exactly the time written for it.
 */
@Import(JdbcExecutions.class)
class WebhookInboxOnMariaDbTest extends MariaDbIntegrationTest {

    /** Past the milliseconds the plugin keeps, and past the microseconds DATETIME(6) keeps. */
    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123456789Z");

    @Autowired
    private PaymentCompletion completion;
    @Autowired
    private EntityManager entityManager;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private PollSchedule schedule;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void deliveriesArrivingDuringAWriteAreStoredWithOneBatchedInsert() {
        GroupCommitScenario.run(entityManager, transactions, jdbc);
    }

    @Test
    void twoDispatchersClaimingTheSameDeliveriesAtOnceProcessEachExactlyOnce() throws Exception {
        ClaimRaceScenario.run(completion, entityManager, transactions, schedule, clock, jdbc);
    }

    @Test
    void aFinishedBatchIsMarkedDoneAtTheTimeItWasFinished() {
        clock.set(NOW);
        InboxRows.CountingHandler handler = new InboxRows.CountingHandler();
        List<String> references = references(WebhookDispatcher.MAX_BATCH);
        List<Long> ids = rows(handler).store(references);

        assertThat(dispatcher(handler).dispatch(ids)).as("due from the moment they were stored").isEqualTo(ids.size());

        for (String reference : references) {
            Times times = times(reference);
            assertThat(times.processed()).as(reference).isEqualTo(NOW.truncatedTo(ChronoUnit.MILLIS));
            assertThat(times.received()).as(reference).isEqualTo(NOW.truncatedTo(ChronoUnit.MILLIS));
            assertThat(times.next()).as("no retry for " + reference).isNull();
        }
        assertThat(dispatcher(handler).dispatch(ids)).as("finished, so never claimed again").isZero();
    }

    @Test
    void aDeliveryWhoseProcessingFailsIsLeftForRetryAndDueExactlyThen() {
        clock.set(NOW);
        InboxRows.CountingHandler handler = new InboxRows.CountingHandler();
        InboxRows rows = rows(handler);
        WebhookDispatcher dispatcher = dispatcher(handler);
        List<String> references = references(5);
        List<Long> ids = rows.store(references);
        String failing = references.get(2);
        handler.failing.add(failing);

        assertThat(dispatcher.dispatch(ids)).isEqualTo(5);

        assertThat(rows.row(failing).get("outcome")).isNull();
        assertThat(rows.row(failing).get("attempts")).isEqualTo(1);
        assertThat((String) rows.row(failing).get("last_error")).contains("could not handle " + failing);
        Instant retry = NOW.truncatedTo(ChronoUnit.MILLIS).plusSeconds(2);
        assertThat(times(failing).processed()).isNull();
        assertThat(times(failing).next()).isEqualTo(retry);
        handler.failing.clear();
        clock.set(retry.minusMillis(1));
        assertThat(dispatcher.dispatch(ids)).as("not due a millisecond before its retry").isZero();
        clock.set(retry);
        assertThat(dispatcher.dispatch(ids)).as("only the failed one, due at its retry").isEqualTo(1);
        assertThat(handler.calls(failing)).isEqualTo(2);
        assertThat(rows.row(failing).get("outcome")).isEqualTo("PROCESSED");
        assertThat(times(failing).processed()).isEqualTo(retry);
    }

    private InboxRows rows(InboxRows.CountingHandler handler) {
        return new InboxRows(handler, completion, entityManager, transactions, schedule, clock, jdbc);
    }

    private WebhookDispatcher dispatcher(InboxRows.CountingHandler handler) {
        return new WebhookDispatcher(completion, entityManager, transactions, Runnable::run, schedule, clock,
                List.of(handler));
    }

    private record Times(Instant received, Instant processed, Instant next) {
    }

    /** A delivery's times as Hibernate reads them, as the dispatcher's own queries do. */
    private Times times(String reference) {
        return transactions.execute(status -> entityManager.createQuery("select new " + Times.class.getName()
                        + "(w.receivedAt, w.processedAt, w.nextAttemptAt) from WebhookInboxEntity w "
                        + "where w.reference = :reference", Times.class)
                .setParameter("reference", reference).getSingleResult());
    }

    private static List<String> references(int count) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return IntStream.range(0, count).mapToObj(i -> "md-" + run + "-" + i).toList();
    }
}
