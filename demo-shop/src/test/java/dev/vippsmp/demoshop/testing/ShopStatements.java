package dev.vippsmp.demoshop.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records every SQL statement Hibernate sends, for tests that count what a request costs the database. Installed
 * with {@code spring.jpa.properties.hibernate.session_factory.statement_inspector} set to this class (Hibernate
 * makes its own instance, hence the static record). Only the shop's own tables are counted: the plugins' tables
 * all start with {@code vipps_}, and what the plugins read is theirs to count.
 */
public class ShopStatements implements StatementInspector {

    public static final String PROPERTY = "spring.jpa.properties.hibernate.session_factory.statement_inspector="
            + "dev.vippsmp.demoshop.testing.ShopStatements";

    private static final List<String> RECORDED = new CopyOnWriteArrayList<>();

    @Override
    public String inspect(String sql) {
        if (!sql.toLowerCase().contains("vipps_")) {
            RECORDED.add(sql);
        }
        return sql;
    }

    /** The statements on the shop's tables sent while the action ran. */
    public static List<String> during(Runnable action) {
        RECORDED.clear();
        action.run();
        return List.copyOf(RECORDED);
    }
}
