package dev.vippsmp.core.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;

/**
 * Creates and upgrades the plugin's tables with the plugin's own Flyway migrations and history table
 * ({@code vipps_schema_history}), so installing the plugin never touches the shop's own migrations. Runs before
 * JPA and JDBC users of the data source start (see {@link PluginSchemaDetector}).
 */
public final class PluginSchema implements InitializingBean {

    public static final String HISTORY_TABLE = "vipps_schema_history";

    private final DataSource dataSource;

    public PluginSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        migrate();
    }

    public void migrate() {
        Flyway.configure(PluginSchema.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations("classpath:dev/vippsmp/core/db/" + vendor(dataSource))
                // The shop's schema already has tables; ours start at version 1 beside them.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    /**
     * The migration folder for the database: {@code standard} for H2 and PostgreSQL, which take the same SQL, and
     * {@code mariadb} (also for MySQL).
     */
    static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2") || product.contains("postgres")) {
                return "standard";
            }
            if (product.contains("mariadb") || product.contains("mysql")) {
                return "mariadb";
            }
            throw new IllegalStateException("The Vipps MobilePay plugin supports H2, PostgreSQL and MariaDB, not "
                    + connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to set up the plugin's tables", e);
        }
    }
}
