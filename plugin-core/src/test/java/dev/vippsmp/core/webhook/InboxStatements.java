package dev.vippsmp.core.webhook;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records the SQL Hibernate sends on the inbox's table, for tests of what the dispatcher's statements look like.
 * Installed with {@link #PROPERTY} (Hibernate makes its own instance, hence the static record).
 */
public class InboxStatements implements StatementInspector {

    public static final String PROPERTY = "spring.jpa.properties.hibernate.session_factory.statement_inspector="
            + "dev.vippsmp.core.webhook.InboxStatements";

    private static final List<String> RECORDED = new CopyOnWriteArrayList<>();

    @Override
    public String inspect(String sql) {
        if (sql.toLowerCase(Locale.ROOT).contains("vipps_webhook_inbox")) {
            RECORDED.add(sql);
        }
        return sql;
    }

    /** The statements on the inbox sent while the action ran. */
    static List<String> during(Runnable action) {
        RECORDED.clear();
        action.run();
        return List.copyOf(RECORDED);
    }
}
