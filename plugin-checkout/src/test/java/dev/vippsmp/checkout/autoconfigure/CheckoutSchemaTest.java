package dev.vippsmp.checkout.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vippsmp.checkout.attempt.CheckoutAttempt;
import dev.vippsmp.checkout.attempt.CheckoutAttempts;
import dev.vippsmp.checkout.returnpage.StatusReadClaims;
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
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The checkout's table on the databases the plugin supports besides H2 (where the other tests run): created by its
 * own migrations and history, a second run changing nothing, an attempt stored and found by its token, and the
 * return page's read claimed once per interval. Each
 * is skipped with a notice when its database does not answer, and fails when {@code CI} is set.
 */
class CheckoutSchemaTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:15:30.123Z");

    static void migrateTwiceAndRoundTrip(DataSource dataSource) {
        new CheckoutSchema(dataSource).afterPropertiesSet();
        new CheckoutSchema(dataSource).afterPropertiesSet();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from " + CheckoutSchema.HISTORY_TABLE
                + " where success = true and version in ('1', '2', '3')", Integer.class)).isEqualTo(3);

        CheckoutAttempts attempts = new CheckoutAttempts(JdbcClient.create(dataSource), Clock.fixed(NOW,
                ZoneOffset.UTC));
        String token = attempts.open("order-42", "cart-7", "https://shop.example/orders/42");
        attempts.started(token, "shop-order-42-1");

        CheckoutAttempt found = attempts.find(token).orElseThrow();
        assertThat(found.orderId()).isEqualTo("order-42");
        assertThat(found.reference()).isEqualTo("shop-order-42-1");
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(found.express()).isTrue();
        String productPage = attempts.open("order-43", null, null, true);
        assertThat(attempts.find(productPage).orElseThrow().express()).isTrue();
        assertThat(attempts.find(attempts.open("order-44", null, null, false)).orElseThrow().express()).isFalse();
        assertThat(attempts.cartsToClear("order-42")).containsExactly("cart-7");
        attempts.cartCleared("order-42", "cart-7");
        assertThat(attempts.cartsToClear("order-42")).isEmpty();
        // Only the token's hash is stored.
        assertThat(jdbc.queryForObject("select token_hash from vipps_checkout_attempt where order_id = 'order-42'",
                String.class))
                .hasSize(64).isNotEqualTo(token);

        // The return page's read: the first caller wins, the next within the interval does not, then it is due again.
        Duration interval = Duration.ofSeconds(2);
        JdbcClient client = JdbcClient.create(dataSource);
        StatusReadClaims first = new StatusReadClaims(client, Clock.fixed(NOW, ZoneOffset.UTC), interval);
        assertThat(first.claim("shop-order-42-1")).isTrue();
        assertThat(first.claim("shop-order-42-1")).isFalse();
        assertThat(new StatusReadClaims(client, Clock.fixed(NOW.plusMillis(1_999), ZoneOffset.UTC), interval)
                .claim("shop-order-42-1")).isFalse();
        StatusReadClaims later = new StatusReadClaims(client, Clock.fixed(NOW.plus(interval), ZoneOffset.UTC),
                interval);
        assertThat(later.claim("shop-order-42-1")).isTrue();
        assertThat(later.claim("shop-order-42-1")).isFalse();
        assertThat(later.claim("shop-order-42-2")).isTrue();
    }

    @Nested
    @RequiresPostgres
    class OnPostgreSql {

        @Test
        void theTableIsCreatedOnceAndHoldsAttempts() {
            try (PostgresDatabase.FreshSchema schema = PostgresDatabase.createSchema("vipps_checkout")) {
                migrateTwiceAndRoundTrip(new DriverManagerDataSource(schema.jdbcUrl(), schema.user(),
                        schema.password()));
            }
        }
    }

    @Nested
    class OnMariaDb {

        private static final String SERVER = System.getProperty("test.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/");

        @Test
        void theTableIsCreatedOnceAndHoldsAttempts() {
            String database = "vipps_checkout_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
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
                migrateTwiceAndRoundTrip(dataSource);
            } finally {
                new JdbcTemplate(dataSource).execute("DROP DATABASE IF EXISTS " + database);
            }
        }
    }
}
