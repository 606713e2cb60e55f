package dev.vippsmp.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.autoconfigure.PluginSchema;
import dev.vippsmp.core.client.ApiCallRecord;
import dev.vippsmp.core.client.ApiOperation;
import dev.vippsmp.core.client.errors.ErrorCategory;
import dev.vippsmp.core.telemetry.ApiCallLog;
import dev.vippsmp.core.webhook.internal.WebhookInboxEntity;
import dev.vippsmp.testsupport.MariaDbDatabase;
import dev.vippsmp.testsupport.RequiresMariaDb;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The plugin's migrations on MariaDB (see {@link MariaDbDatabase}), in a latin1 database of their own: the tables,
 * the call log's error title column as the log writes it, the reconciler's lock, and an upgrade with webhook
 * deliveries stored whose new ids (now from a sequence) start above the stored ones. Skipped with a notice when no
 * MariaDB answers, failed when {@code CI} is set.
 */
@RequiresMariaDb
class MariaDbMigrationTest {

    private static MariaDbDatabase.FreshDatabase fresh;
    private static String database;
    private static DriverManagerDataSource dataSource;

    @BeforeAll
    static void freshDatabase() {
        fresh = MariaDbDatabase.createDatabase("vipps_core");
        database = fresh.name();
        dataSource = new DriverManagerDataSource(fresh.jdbcUrl(), fresh.user(), fresh.password());
    }

    @AfterAll
    static void dropDatabase() {
        if (fresh != null) {
            fresh.close();
        }
    }

    @Test
    void theMigrationsCreateEveryTableAndRunOnceOnly() {
        PluginSchema schema = new PluginSchema(dataSource);
        schema.migrate();
        schema.migrate();

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = ?", String.class, database);
        assertThat(tables).contains("vipps_payment", "vipps_webhook_inbox", "vipps_webhook_registration",
                "vipps_settings", "vipps_settings_audit", "vipps_api_call", "vipps_shedlock",
                PluginSchema.HISTORY_TABLE);
        assertThat(jdbc.queryForObject("select count(*) from " + PluginSchema.HISTORY_TABLE + " where version = '1'",
                Integer.class)).isEqualTo(1);
        jdbc.update("insert into vipps_payment (order_id, reference, attempt, flow, amount_minor, currency, status, "
                + "created_at, updated_at) values ('o1', 'ref-maria-1', 1, 'CHECKOUT', 100, 'NOK', 'CREATED', "
                + "now(6), now(6))");
        assertThat(jdbc.queryForObject("select flagged from vipps_payment where reference = 'ref-maria-1'",
                Boolean.class)).isFalse();
    }

    @Test
    void theErrorTitleColumnHoldsAFullTitleOfAnyCharacters() {
        new PluginSchema(dataSource).migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("select version from " + PluginSchema.HISTORY_TABLE + " where success",
                String.class)).contains("3");
        assertThat(jdbc.queryForObject("select character_maximum_length from information_schema.columns "
                + "where table_schema = ? and table_name = 'vipps_api_call' and column_name = 'error_title'",
                Integer.class, database)).isEqualTo(ApiCallLog.ERROR_TITLE_LENGTH);
        assertThat(jdbc.queryForObject("select character_set_name from information_schema.columns "
                + "where table_schema = ? and table_name = 'vipps_api_call' and column_name = 'error_title'",
                String.class, database)).isEqualTo("utf8mb4");

        // Free text from the vendor needs utf8mb4 whatever the database's default (here latin1, which holds no emoji).
        String title = "Beløpet er for høyt \uD83D\uDCB3 " + "x".repeat(ApiCallLog.ERROR_TITLE_LENGTH);
        ApiCallLog log = new ApiCallLog(jdbc, Clock.systemUTC());
        log.onCall(new ApiCallRecord(ApiOperation.CAPTURE_PAYMENT, 400, "6090", title, ErrorCategory.STATE,
                Duration.ofMillis(3), "trace-title-maria", Instant.now(), 1));
        log.flush();

        assertThat(jdbc.queryForObject("select error_title from vipps_api_call where trace_id = 'trace-title-maria'",
                String.class)).isEqualTo(title.substring(0, ApiCallLog.ERROR_TITLE_LENGTH));
    }

    @Test
    void anUpgradeWithDeliveriesStoredGivesNewDeliveriesIdsAboveThem() {
        try (MariaDbDatabase.FreshDatabase upgraded = MariaDbDatabase.createDatabase("vipps_core_up")) {
            DriverManagerDataSource old = new DriverManagerDataSource(upgraded.jdbcUrl(), upgraded.user(),
                    upgraded.password());
            new PluginSchema(old).migrateTo("6");
            JdbcTemplate upgrading = new JdbcTemplate(old);
            for (int i = 0; i < 3; i++) {
                upgrading.update(InboxUpgrade.INSERT_BY_IDENTITY, "maria-" + i);
            }
            upgrading.update(InboxUpgrade.INSERT_WITH_ID, 977L, "maria-977");

            new PluginSchema(old).migrate();

            long next = upgrading.queryForObject("select nextval(vipps_webhook_inbox_seq)", Long.class);
            // Hibernate's pooled optimizer takes the ids up to the value a call returns, ID_ALLOCATION of them.
            long firstNew = next - WebhookInboxEntity.ID_ALLOCATION + 1;
            assertThat(firstNew).isEqualTo(978);
            upgrading.update(InboxUpgrade.INSERT_WITH_ID, firstNew, "maria-new");
            assertThat(upgrading.queryForObject("select nextval(vipps_webhook_inbox_seq)", Long.class))
                    .as("the next call's ids follow").isEqualTo(next + WebhookInboxEntity.ID_ALLOCATION);
        }
    }

    @Test
    void theReconcilerLockWorksOnMariaDb() {
        new PluginSchema(dataSource).migrate();
        JdbcTemplateLockProvider locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("vipps_shedlock")
                .usingDbTime().build());
        LockConfiguration config = new LockConfiguration(Instant.now(), "vipps-reconciler", Duration.ofMinutes(1),
                Duration.ZERO);

        var first = locks.lock(config);
        assertThat(first).isPresent();
        assertThat(locks.lock(config)).isEmpty();
        first.get().unlock();
        assertThat(locks.lock(config)).isPresent();
    }
}
