package dev.vippsmp.core.webhook;

import dev.vippsmp.core.payment.PaymentCompletion;
import dev.vippsmp.core.polling.PollSchedule;
import dev.vippsmp.core.support.PostgresIntegrationTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes' dispatchers claiming the same stored deliveries at the same moment, each in its own transactions on
 * real PostgreSQL: every delivery is processed exactly once, by whichever claim won its row, and every one is
 * finished.
 */
class WebhookClaimOnPostgresTest extends PostgresIntegrationTest {

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
    void twoDispatchersClaimingTheSameDeliveriesAtOnceProcessEachExactlyOnce() throws Exception {
        ClaimRaceScenario.run(completion, entityManager, transactions, schedule, clock, jdbc);
    }
}
