package dev.vippsmp.checkout.support;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements H2 itself counted while an action ran (its query statistics), whatever issued them: for tests of
 * what a request or a listener costs the database.
 */
public final class H2Statements {

    private final List<Map<String, Object>> statements;

    private H2Statements(List<Map<String, Object>> statements) {
        this.statements = statements;
    }

    /** Each statement the database ran during the action, with how often. */
    public static H2Statements during(JdbcTemplate jdbc, Runnable action) {
        jdbc.execute("set query_statistics false");
        jdbc.execute("set query_statistics true");
        try {
            action.run();
            return new H2Statements(jdbc.queryForList(
                    "select sql_statement, execution_count from information_schema.query_statistics"));
        } finally {
            jdbc.execute("set query_statistics false");
        }
    }

    /** How many times statements reading or writing the table (and no other of a longer name) ran. */
    public long on(String table) {
        return statements.stream()
                .filter(row -> row.get("SQL_STATEMENT").toString().toLowerCase(Locale.ROOT)
                        .matches("(?s).*\\b" + table + "\\b(?![_a-z]).*"))
                .filter(row -> !row.get("SQL_STATEMENT").toString().toLowerCase(Locale.ROOT)
                        .contains("information_schema"))
                .mapToLong(row -> ((Number) row.get("EXECUTION_COUNT")).longValue())
                .sum();
    }
}
