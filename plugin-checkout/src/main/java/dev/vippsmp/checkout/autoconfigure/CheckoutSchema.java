package dev.vippsmp.checkout.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;

/**
 * Creates and upgrades the checkout's table with its own Flyway migrations and history table
 * ({@code vipps_checkout_schema_history}), beside the core's and untouched by the shop's own migrations.
 */
public final class CheckoutSchema implements InitializingBean {

    public static final String HISTORY_TABLE = "vipps_checkout_schema_history";

    private final DataSource dataSource;

    public CheckoutSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure(CheckoutSchema.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations("classpath:dev/vippsmp/checkout/db")
                .placeholders(Map.of("timestamp", timestampType(dataSource)))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    /** MariaDB and MySQL have no timestamp with a time zone; H2 and PostgreSQL do. */
    static String timestampType(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("mariadb") || product.contains("mysql") ? "DATETIME(6)"
                    : "TIMESTAMP(6) WITH TIME ZONE";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to set up the checkout's table", e);
        }
    }
}
