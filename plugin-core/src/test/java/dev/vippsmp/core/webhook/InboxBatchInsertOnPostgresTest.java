package dev.vippsmp.core.webhook;

import dev.vippsmp.core.support.JdbcExecutions;
import dev.vippsmp.core.support.PostgresIntegrationTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A group commit's deliveries reach real PostgreSQL as one JDBC batch of INSERTs, on a host that sets no JDBC batch
 * size of its own (the test host sets none): the writer sets it on its own session, and the ids come from the
 * sequence, at most a call or two for the whole batch.
 */
@Import(JdbcExecutions.class)
class InboxBatchInsertOnPostgresTest extends PostgresIntegrationTest {

    @Autowired
    private EntityManager entityManager;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void deliveriesArrivingDuringAWriteAreStoredWithOneBatchedInsert() {
        GroupCommitScenario.run(entityManager, transactions, jdbc);
    }
}
