package dev.vippsmp.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

@RequiresMariaDb
class MariaDbDatabaseTest {

    @Test
    void freshDatabasesAreLatin1AndDroppedOnClose() throws Exception {
        String name;
        try (MariaDbDatabase.FreshDatabase a = MariaDbDatabase.createDatabase("ts");
             MariaDbDatabase.FreshDatabase b = MariaDbDatabase.createDatabase("ts")) {
            name = a.name();
            assertThat(a.name()).isNotEqualTo(b.name()).startsWith("ts_");
            assertThat(query(a.jdbcUrl(), "SELECT @@character_set_database")).isEqualTo("latin1");
        }
        assertThat(query(MariaDbDatabase.url(), "SELECT count(*) FROM information_schema.schemata "
                + "WHERE schema_name = '" + name + "'")).isEqualTo("0");
    }

    private static String query(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, MariaDbDatabase.user(), MariaDbDatabase.password());
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
