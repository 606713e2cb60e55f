package dev.vippsmp.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The MariaDB server the MariaDB tests run against: {@code 127.0.0.1:3306}, user {@code root}, unless the system
 * properties {@code test.mariadb.url} (the server's URL, ending in a slash), {@code test.mariadb.user} and
 * {@code test.mariadb.password} say otherwise. Each test takes a fresh database, so test classes never see each
 * other's tables.
 */
public final class MariaDbDatabase {

    private static volatile String unavailableReason;
    private static volatile boolean checked;

    private MariaDbDatabase() {
    }

    public static String url() {
        return System.getProperty("test.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/");
    }

    public static String user() {
        return System.getProperty("test.mariadb.user", "root");
    }

    public static String password() {
        return System.getProperty("test.mariadb.password", "");
    }

    /**
     * Creates an empty database with a unique name that starts with {@code prefix}, in {@code latin1}, the default
     * of many MariaDB and MySQL installations (the plugin's tables must work in it too); close it to drop it.
     */
    public static FreshDatabase createDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        execute("CREATE DATABASE " + name + " CHARACTER SET latin1");
        return new FreshDatabase(name);
    }

    /** Why the server cannot be used, or null when it answers. Checked once per test JVM. */
    static String unavailableReason() {
        if (!checked) {
            synchronized (MariaDbDatabase.class) {
                if (!checked) {
                    try (Connection ignored = DriverManager.getConnection(url(), user(), password())) {
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

    static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB refused: " + sql, e);
        }
    }

    /** A database of one's own on the server. */
    public static final class FreshDatabase implements AutoCloseable {

        private final String name;

        private FreshDatabase(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        public String jdbcUrl() {
            return url() + name;
        }

        public String user() {
            return MariaDbDatabase.user();
        }

        public String password() {
            return MariaDbDatabase.password();
        }

        @Override
        public void close() {
            execute("DROP DATABASE IF EXISTS " + name);
        }
    }
}
