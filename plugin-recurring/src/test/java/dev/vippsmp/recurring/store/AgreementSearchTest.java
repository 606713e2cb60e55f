package dev.vippsmp.recurring.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vippsmp.recurring.SubscriptionStatus;
import dev.vippsmp.recurring.spi.IntervalUnit;
import dev.vippsmp.testsupport.PostgresDatabase;
import dev.vippsmp.testsupport.RequiresPostgres;
import dev.vippsmp.testsupport.TestEnvironment;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The admin's list query on every database the plugin supports: the migrations (V2's indexes too) apply twice
 * without change, and the agreements come newest first, by status, by agreement, order or customer id, a page at a
 * time, with the count beside. On PostgreSQL the filtered list is read from V2's index, in its order. Each database
 * that does not answer is skipped with a notice, and fails when {@code CI} is set.
 */
class AgreementSearchTest {

    private static final Instant START = Instant.parse("2026-11-01T09:00:00Z");

    /** Seven agreements a minute apart: odd ones active, even ones pending; customer-a has the first four. */
    static List<String> migrateAndFill(DataSource dataSource) {
        new RecurringSchema(dataSource).afterPropertiesSet();
        new RecurringSchema(dataSource).afterPropertiesSet();
        assertThat(Flyway.configure(RecurringSchema.class.getClassLoader()).dataSource(dataSource)
                .locations(RecurringSchema.LOCATION).table(RecurringSchema.HISTORY).load().info().applied())
                .extracting(migration -> migration.getVersion().getVersion(), MigrationInfo::getState)
                .containsExactly(tuple("1", MigrationState.SUCCESS), tuple("2", MigrationState.SUCCESS),
                        tuple("3", MigrationState.SUCCESS));
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Clock at = Clock.fixed(START.plus(Duration.ofMinutes(i)), ZoneOffset.UTC);
            AgreementStore store = new AgreementStore(JdbcClient.create(dataSource), at);
            String id = "agr_" + i;
            store.insert(new AgreementRow(id, "order-" + i, i < 4 ? "customer-a" : "customer-b", "coffee",
                    "Coffee club", 29_900, "NOK", IntervalUnit.MONTH, 1, false, "nb-NO", "/account",
                    SubscriptionStatus.PENDING, "https://app.example/" + i, "chr_" + i, null, 0, null, null, null,
                    null, 0, at.instant(), 0));
            if (i % 2 == 1) {
                assertThat(store.activate(id, 0, START.atZone(ZoneOffset.UTC).toLocalDate(),
                        START.atZone(ZoneOffset.UTC).toLocalDate().plusMonths(1))).isTrue();
            }
            ids.add(id);
        }
        return ids;
    }

    static void searches(DataSource dataSource) {
        migrateAndFill(dataSource);
        AgreementStore store = new AgreementStore(JdbcClient.create(dataSource), Clock.systemUTC());

        assertThat(ids(store.search(null, null, 0, 3))).containsExactly("agr_6", "agr_5", "agr_4");
        assertThat(ids(store.search(null, null, 6, 3))).containsExactly("agr_0");
        assertThat(store.count(null, null)).isEqualTo(7);
        assertThat(ids(store.search(SubscriptionStatus.ACTIVE, null, 0, 10))).containsExactly("agr_5", "agr_3",
                "agr_1");
        assertThat(store.count(SubscriptionStatus.PENDING, null)).isEqualTo(4);
        assertThat(ids(store.search(null, "customer-a", 0, 10))).containsExactly("agr_3", "agr_2", "agr_1",
                "agr_0");
        assertThat(ids(store.search(SubscriptionStatus.PENDING, "customer-a", 0, 10))).containsExactly("agr_2",
                "agr_0");
        assertThat(ids(store.search(null, "order-4", 0, 10))).containsExactly("agr_4");
        assertThat(ids(store.search(null, "agr_5", 0, 10))).containsExactly("agr_5");
        assertThat(store.count(null, "agr_5")).isEqualTo(1);
        assertThat(store.search(null, "nobody", 0, 10)).isEmpty();
        assertThat(store.count(SubscriptionStatus.STOPPED, null)).isZero();
    }

    private static List<String> ids(List<AgreementRow> rows) {
        return rows.stream().map(AgreementRow::agreementId).toList();
    }

    @Test
    void onH2() {
        searches(new DriverManagerDataSource("jdbc:h2:mem:agreement-search-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    @Nested
    @RequiresPostgres
    class OnPostgreSql {

        @Test
        void theListSearchesAndReadsAStatusPageFromTheIndex() {
            try (PostgresDatabase.FreshSchema schema = PostgresDatabase.createSchema("vipps_recurring_search")) {
                DriverManagerDataSource dataSource = new DriverManagerDataSource(schema.jdbcUrl(), schema.user(),
                        schema.password());
                searches(dataSource);
                // Seven rows would be scanned and sorted anyway; without that choice the planner must show the
                // index serves the filter and the order, so the query stays cheap on a table of millions.
                String plan = String.join("\n", new JdbcTemplate(dataSource).execute(
                        (java.sql.Statement statement) -> {
                            statement.execute("set enable_seqscan = off");
                            statement.execute("set enable_sort = off");
                            List<String> lines = new java.util.ArrayList<>();
                            try (var result = statement.executeQuery("explain select agreement_id from "
                                    + "vipps_recurring_agreement where status = 'ACTIVE' "
                                    + "order by created_at desc, id desc limit 25")) {
                                while (result.next()) {
                                    lines.add(result.getString(1));
                                }
                            }
                            return lines;
                        }));
                assertThat(plan).contains("ix_vipps_recurring_status_created").doesNotContain("Sort");
            }
        }
    }

    @Nested
    class OnMariaDb {

        private static final String SERVER = System.getProperty("test.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/");

        @Test
        void theListSearches() {
            String database = "vipps_recurring_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection connection = DriverManager.getConnection(SERVER, "root", "")) {
                connection.createStatement().execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                String message = "MariaDB at " + SERVER + " is not available (" + e.getMessage() + ")";
                if (TestEnvironment.isCi()) {
                    throw new IllegalStateException(message + "; it is required when CI is set", e);
                }
                System.out.println("NOTICE: skipping tests that need " + message + ".");
                assumeTrue(false, message);
            }
            DriverManagerDataSource dataSource = new DriverManagerDataSource(SERVER + database, "root", "");
            try {
                searches(dataSource);
            } finally {
                new JdbcTemplate(dataSource).execute("DROP DATABASE IF EXISTS " + database);
            }
        }
    }
}
