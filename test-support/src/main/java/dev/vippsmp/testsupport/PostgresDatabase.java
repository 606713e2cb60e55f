package dev.vippsmp.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server the persistence and concurrency tests run against: {@code 127.0.0.1:5432}, database
 * {@code test}, user {@code postgres}, unless the system properties {@code test.postgres.url},
 * {@code test.postgres.user} and {@code test.postgres.password} say otherwise. Each test takes a fresh schema, so
 * modules and test classes never see each other's tables.
 */
public final class PostgresDatabase {

    private static volatile String unavailableReason;
    private static volatile boolean checked;

    private PostgresDatabase() {
    }

    public static String url() {
        return System.getProperty("test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    public static String user() {
        return System.getProperty("test.postgres.user", "postgres");
    }

    public static String password() {
        return System.getProperty("test.postgres.password", "");
    }

    /** Creates an empty schema with a unique name that starts with {@code prefix}; close it to drop it. */
    public static FreshSchema createSchema(String prefix) {
        String schema = (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        execute("CREATE SCHEMA " + schema);
        return new FreshSchema(schema);
    }

    /** Why the server cannot be used, or null when it answers. Checked once per test JVM. */
    static String unavailableReason() {
        if (!checked) {
            synchronized (PostgresDatabase.class) {
                if (!checked) {
                    try (Connection ignored = connect()) {
                        unavailableReason = null;
                    } catch (SQLException e) {
                        unavailableReason = e.getMessage();
                    }
                    checked = true;
                }
            }
        }
        return unavailableReason;
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    static void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }

    /** A schema of one's own in the test database. */
    public static final class FreshSchema implements AutoCloseable {

        private final String name;

        private FreshSchema(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        /** A JDBC URL whose unqualified table names resolve in this schema. */
        public String jdbcUrl() {
            String base = url();
            return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
        }

        public String user() {
            return PostgresDatabase.user();
        }

        public String password() {
            return PostgresDatabase.password();
        }

        @Override
        public void close() {
            execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }
}
