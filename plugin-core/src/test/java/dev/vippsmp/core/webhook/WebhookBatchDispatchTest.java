package dev.vippsmp.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.payment.PaymentCompletion;
import dev.vippsmp.core.polling.PollSchedule;
import dev.vippsmp.core.support.PluginIntegrationTest;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stored deliveries are claimed and finished per batch: one claim takes them all, one that fails is retried alone
 * while the others are finished, the deliveries stored while no worker ran are taken by the first worker as one
 * batch, and the sweep processes what the immediate path left.
 */
class WebhookBatchDispatchTest extends PluginIntegrationTest {

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

    private final InboxRows.CountingHandler handler = new InboxRows.CountingHandler();
    private InboxRows rows;
    private WebhookDispatcher dispatcher;

    @BeforeEach
    void setUp() {
        rows = new InboxRows(handler, completion, entityManager, transactions, schedule, clock, jdbc);
        dispatcher = dispatcherOn(Runnable::run);
    }

    private WebhookDispatcher dispatcherOn(Executor executor) {
        return new WebhookDispatcher(completion, entityManager, transactions, executor, schedule, clock,
                List.of(handler));
    }

    private static List<String> references(int count) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return IntStream.range(0, count).mapToObj(i -> "bd-" + run + "-" + i).toList();
    }

    @Test
    void aBatchWhoseOneDeliveryFailsFinishesTheOthersAndRetriesThatOneAlone() {
        List<String> references = references(5);
        List<Long> ids = rows.store(references);
        String failing = references.get(2);
        handler.failing.add(failing);

        assertThat(dispatcher.dispatch(ids)).isEqualTo(5);

        assertThat(rows.claimTokens(references)).as("claimed by one claim").isEqualTo(1);
        for (String reference : references) {
            assertThat(handler.calls(reference)).isEqualTo(1);
            assertThat(rows.row(reference).get("attempts")).isEqualTo(1);
            if (!reference.equals(failing)) {
                assertThat(rows.row(reference).get("outcome")).isEqualTo("PROCESSED");
                assertThat(rows.row(reference).get("processed_at")).isNotNull();
                assertThat(rows.row(reference).get("last_error")).isNull();
            }
        }
        assertThat(rows.row(failing).get("outcome")).isNull();
        assertThat(rows.row(failing).get("processed_at")).isNull();
        assertThat((String) rows.row(failing).get("last_error")).contains("could not handle " + failing);
        assertThat(jdbc.queryForObject("select next_attempt_at from vipps_webhook_inbox where reference = ?",
                OffsetDateTime.class, failing).toInstant())
                .isEqualTo(clock.instant().truncatedTo(ChronoUnit.MILLIS).plusSeconds(2));

        handler.failing.clear();
        assertThat(dispatcher.dispatch(ids)).as("not due yet").isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(dispatcher.dispatch(ids)).as("only the failed one is claimed again").isEqualTo(1);

        assertThat(rows.row(failing).get("outcome")).isEqualTo("PROCESSED");
        assertThat(rows.row(failing).get("attempts")).isEqualTo(2);
        assertThat(rows.row(failing).get("last_error")).isNull();
        assertThat(handler.calls(failing)).isEqualTo(2);
        references.stream().filter(reference -> !reference.equals(failing))
                .forEach(reference -> assertThat(handler.calls(reference)).isEqualTo(1));
    }

    @Test
    void theSweepProcessesWhatTheImmediatePathLeftAsOneBatch() {
        List<String> references = references(4);
        rows.store(references);
        references.forEach(reference -> {
            assertThat(rows.row(reference).get("attempts")).as("left by the refusing workers").isEqualTo(0);
            assertThat(handler.calls(reference)).isZero();
        });

        assertThat(dispatcher.processPending(1000)).isGreaterThanOrEqualTo(4);

        assertThat(rows.claimTokens(references)).isEqualTo(1);
        references.forEach(reference -> {
            assertThat(rows.row(reference).get("outcome")).isEqualTo("PROCESSED");
            assertThat(handler.calls(reference)).isEqualTo(1);
        });
        assertThat(dispatcher.processPending(1000)).as("nothing of ours is left").isZero();
        references.forEach(reference -> assertThat(handler.calls(reference)).isEqualTo(1));
    }

    @Test
    void deliveriesStoredWhileNoWorkerRanAreTakenByTheFirstWorkerAsOneBatch() {
        List<Runnable> workers = new ArrayList<>();
        WebhookDispatcher queued = dispatcherOn(workers::add);
        WebhookInbox inbox = new WebhookInbox(entityManager, transactions, queued, clock, List.of(handler));
        List<String> references = references(3);
        for (String reference : references) {
            assertThat(inbox.store(InboxRows.delivery(reference))).isEqualTo(WebhookInbox.Receipt.STORED);
        }
        assertThat(workers).hasSize(3);

        workers.forEach(Runnable::run);

        assertThat(rows.claimTokens(references)).isEqualTo(1);
        references.forEach(reference -> {
            assertThat(rows.row(reference).get("outcome")).isEqualTo("PROCESSED");
            assertThat(handler.calls(reference)).isEqualTo(1);
        });
    }

    @Test
    void moreDeliveriesStoredTogetherThanOneClaimTakesAreAllProcessedAtOnce() {
        int count = WebhookDispatcher.MAX_BATCH * 2 + 7;
        List<String> references = references(count);
        List<Long> ids = rows.store(references);

        dispatcher.dispatchSoon(ids);

        references.forEach(reference -> {
            assertThat(rows.row(reference).get("outcome")).as(reference).isEqualTo("PROCESSED");
            assertThat(handler.calls(reference)).isEqualTo(1);
        });
        assertThat(rows.claimTokens(references)).as("in claims of at most one batch").isEqualTo(3);
    }
}
