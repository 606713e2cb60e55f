package dev.vippsmp.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

@RequiresPostgres
class PostgresDatabaseTest {

    @Test
    void freshSchemasAreIsolatedAndDroppedOnClose() throws Exception {
        String first;
        try (PostgresDatabase.FreshSchema a = PostgresDatabase.createSchema("ts");
             PostgresDatabase.FreshSchema b = PostgresDatabase.createSchema("ts")) {
            first = a.name();
            assertThat(a.name()).isNotEqualTo(b.name()).startsWith("ts_");
            execute(a, "CREATE TABLE t (v int); INSERT INTO t VALUES (1)");
            execute(b, "CREATE TABLE t (v int)");
            assertThat(count(a)).isEqualTo(1);
            assertThat(count(b)).isZero();
        }
        try (Connection connection = PostgresDatabase.connect();
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT count(*) FROM information_schema.schemata WHERE schema_name = '" + first + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    private static void execute(PostgresDatabase.FreshSchema schema, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(schema.jdbcUrl(), schema.user(), schema.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int count(PostgresDatabase.FreshSchema schema) throws Exception {
        try (Connection c = DriverManager.getConnection(schema.jdbcUrl(), schema.user(), schema.password());
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM t")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
