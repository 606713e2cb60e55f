package dev.vippsmp.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.autoconfigure.PluginSchema;
import dev.vippsmp.core.client.ApiCallRecord;
import dev.vippsmp.core.client.ApiOperation;
import dev.vippsmp.core.client.errors.ErrorCategory;
import dev.vippsmp.core.support.PostgresIntegrationTest;
import dev.vippsmp.core.telemetry.ApiCallLog;
import dev.vippsmp.core.webhook.internal.WebhookInboxEntity;
import dev.vippsmp.testsupport.PostgresDatabase;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The plugin's migrations on real PostgreSQL, in a schema of their own: every table, the plugin's own history
 * table, Hibernate's validation of the entities against them (the context starts with {@code ddl-auto=validate}),
 * the call log's error title column as the log writes it, a second migration that changes nothing, and an upgrade
 * with webhook deliveries stored whose new ids (now from a sequence) start above the stored ones.
 */
class PostgresMigrationTest extends PostgresIntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private ApiCallLog log;

    @Test
    void everyTableExistsAndTheHistoryIsThePluginsOwn() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = ? order by table_name", String.class, schemaName());

        assertThat(tables).contains("vipps_payment", "vipps_webhook_inbox", "vipps_webhook_registration",
                "vipps_settings", "vipps_settings_audit", "vipps_api_call", "vipps_shedlock",
                PluginSchema.HISTORY_TABLE).doesNotContain("flyway_schema_history");
        assertThat(jdbc.queryForList("select version from " + PluginSchema.HISTORY_TABLE
                + " where success order by installed_rank", String.class)).contains("1");
    }

    @Test
    void theErrorTitleColumnHoldsAFullTitleOfAnyCharacters() {
        assertThat(jdbc.queryForList("select version from " + PluginSchema.HISTORY_TABLE + " where success",
                String.class)).contains("3");
        assertThat(jdbc.queryForObject("select character_maximum_length from information_schema.columns "
                + "where table_schema = ? and table_name = 'vipps_api_call' and column_name = 'error_title'",
                Integer.class, schemaName())).isEqualTo(ApiCallLog.ERROR_TITLE_LENGTH);

        String title = "Beløpet er for høyt \uD83D\uDCB3 " + "x".repeat(ApiCallLog.ERROR_TITLE_LENGTH);
        log.onCall(new ApiCallRecord(ApiOperation.CAPTURE_PAYMENT, 400, "6090", title, ErrorCategory.STATE,
                Duration.ofMillis(3), "trace-title-pg", clock.instant(), 1));
        log.flush();

        assertThat(jdbc.queryForObject("select error_title from vipps_api_call where trace_id = 'trace-title-pg'",
                String.class)).isEqualTo(title.substring(0, ApiCallLog.ERROR_TITLE_LENGTH));
    }

    @Test
    void migratingAgainChangesNothing() {
        Integer before = jdbc.queryForObject("select count(*) from " + PluginSchema.HISTORY_TABLE, Integer.class);
        new PluginSchema(dataSource).migrate();
        assertThat(jdbc.queryForObject("select count(*) from " + PluginSchema.HISTORY_TABLE, Integer.class))
                .isEqualTo(before);
    }

    @Test
    void anUpgradeWithDeliveriesStoredGivesNewDeliveriesIdsAboveThem() {
        try (PostgresDatabase.FreshSchema upgraded = PostgresDatabase.createSchema("vipps_upgrade")) {
            DriverManagerDataSource database = new DriverManagerDataSource(upgraded.jdbcUrl(), upgraded.user(),
                    upgraded.password());
            new PluginSchema(database).migrateTo("6");
            JdbcTemplate upgrading = new JdbcTemplate(database);
            for (int i = 0; i < 3; i++) {
                upgrading.update(InboxUpgrade.INSERT_BY_IDENTITY, "pg-" + i);
            }
            upgrading.update(InboxUpgrade.INSERT_WITH_ID, 977L, "pg-977");

            new PluginSchema(database).migrate();

            long next = upgrading.queryForObject("select nextval('vipps_webhook_inbox_seq')", Long.class);
            // Hibernate's pooled optimizer takes the ids up to the value a call returns, ID_ALLOCATION of them.
            long firstNew = next - WebhookInboxEntity.ID_ALLOCATION + 1;
            assertThat(firstNew).isEqualTo(978);
            upgrading.update(InboxUpgrade.INSERT_WITH_ID, firstNew, "pg-new");
            assertThat(upgrading.queryForObject("select nextval('vipps_webhook_inbox_seq')", Long.class))
                    .as("the next call's ids follow").isEqualTo(next + WebhookInboxEntity.ID_ALLOCATION);
        }
    }

    @Test
    void aReferenceIsUniqueAndAnAttemptNumberUniquePerOrder() {
        jdbc.update("insert into vipps_payment (order_id, reference, attempt, flow, amount_minor, currency, status, "
                + "created_at, updated_at) values ('o1', 'ref-unique-1', 1, 'CHECKOUT', 100, 'NOK', 'CREATED', now(), "
                + "now())");
        assertThat(insertFails("insert into vipps_payment (order_id, reference, attempt, flow, amount_minor, "
                + "currency, status, created_at, updated_at) values ('o2', 'ref-unique-1', 1, 'CHECKOUT', 100, 'NOK', "
                + "'CREATED', now(), now())")).isTrue();
        assertThat(insertFails("insert into vipps_payment (order_id, reference, attempt, flow, amount_minor, "
                + "currency, status, created_at, updated_at) values ('o1', 'ref-unique-2', 1, 'CHECKOUT', 100, 'NOK', "
                + "'CREATED', now(), now())")).isTrue();
    }

    private boolean insertFails(String sql) {
        try {
            jdbc.update(sql);
            return false;
        } catch (org.springframework.dao.DataIntegrityViolationException expected) {
            return true;
        }
    }
}
