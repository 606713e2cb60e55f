package dev.vippsmp.core.reconcile;

import dev.vippsmp.core.settings.VippsProperties;
import dev.vippsmp.core.support.PostgresIntegrationTest;
import dev.vippsmp.core.telemetry.ApiCallLog;
import dev.vippsmp.core.webhook.WebhookDispatcher;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reconciler's lock on PostgreSQL, the database several nodes of a shop share in production. */
class ReconcilerLockOnPostgresTest extends PostgresIntegrationTest {

    @Autowired
    private Reconciler reconciler;
    @Autowired
    private VippsProperties properties;
    @Autowired
    private LockingTaskExecutor vippsLockingTaskExecutor;
    @Autowired
    private WebhookDispatcher webhooks;
    @Autowired
    private ApiCallLog callLog;
    @Autowired
    private DataSource dataSource;

    @Test
    void onlyOneNodeReconcilesAtATime() {
        ReconcilerTest.assertOnlyOneNodeReconcilesAtATime(reconciler, webhooks, callLog, vippsLockingTaskExecutor,
                properties, clock, dataSource);
    }
}
