package dev.vippsmp.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.payment.PaymentCompletion;
import dev.vippsmp.core.polling.PollSchedule;
import dev.vippsmp.core.support.PluginIntegrationTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispatcher's statements on a batch are the same whatever the batch's size: one SQL text each for the claim's
 * UPDATE, its read-back and the outcome's UPDATE, and Hibernate keeps the read-back's translation after the first
 * batch (a list-valued parameter is translated again on every execution, into SQL of another length for each size;
 * the UPDATEs are SQL, with nothing to translate).
 * A context of its own, with a fresh query plan cache and an inspector recording the SQL.
 */
@TestPropertySource(properties = InboxStatements.PROPERTY)
class WebhookClaimStatementsTest extends PluginIntegrationTest {

    @Autowired
    private PaymentCompletion completion;
    @Autowired
    private EntityManager entityManager;
    @Autowired
    private EntityManagerFactory entityManagerFactory;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private PollSchedule schedule;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void batchesOfDifferentSizesSendTheSameStatementsTranslatedOnce() {
        InboxRows.CountingHandler handler = new InboxRows.CountingHandler();
        InboxRows rows = new InboxRows(handler, completion, entityManager, transactions, schedule, clock, jdbc);
        WebhookDispatcher dispatcher = new WebhookDispatcher(completion, entityManager, transactions, Runnable::run,
                schedule, clock, List.of(handler));
        List<Long> first = rows.store(references(3));
        List<Long> second = rows.store(references(17));
        List<Long> third = rows.store(references(WebhookDispatcher.MAX_BATCH));
        QueryInterpretationCache plans = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getQueryEngine().getInterpretationCache();

        int before = plans.getNumberOfCachedQueryPlans();
        List<String> ofFirst = InboxStatements.during(() -> assertThat(dispatcher.dispatch(first)).isEqualTo(3));
        int afterFirst = plans.getNumberOfCachedQueryPlans();
        List<String> ofSecond = InboxStatements.during(() -> assertThat(dispatcher.dispatch(second)).isEqualTo(17));
        List<String> ofThird = InboxStatements.during(() -> assertThat(dispatcher.dispatch(third))
                .isEqualTo(WebhookDispatcher.MAX_BATCH));

        assertThat(ofFirst).as("claim, read back, outcome").hasSize(3);
        assertThat(ofSecond).isEqualTo(ofFirst);
        assertThat(ofThird).isEqualTo(ofFirst);
        assertThat(afterFirst - before).as("the read-back's plan, kept (the UPDATEs are SQL)").isEqualTo(1);
        assertThat(plans.getNumberOfCachedQueryPlans()).as("plans after batches of other sizes").isEqualTo(afterFirst);
        assertThat(handler.calls).hasSize(3 + 17 + WebhookDispatcher.MAX_BATCH);
    }

    private static List<String> references(int count) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return IntStream.range(0, count).mapToObj(i -> "cs-" + run + "-" + i).toList();
    }
}
