package dev.vippsmp.core.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records how the application's prepared statements reach the database: for each execution its SQL, how many rows
 * of parameters it carried, and whether it was a JDBC batch; and each commit, as {@link Execution#COMMIT}, so a test
 * can count the transactions an action costs. Wraps the data source bean (import this class into a test's context);
 * Hibernate's own statistics do not count batches.
 */
public class JdbcExecutions implements BeanPostProcessor {

    /** One execution of a prepared statement: {@code rows} sets of parameters, sent as a batch or alone. */
    public record Execution(String sql, int rows, boolean batch) {

        /** What a connection's commit is recorded as. */
        public static final Execution COMMIT = new Execution("commit", 0, false);

        public boolean startsWith(String prefix) {
            return sql.toLowerCase(Locale.ROOT).startsWith(prefix);
        }
    }

    private static final List<Execution> RECORDED = new CopyOnWriteArrayList<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource ? proxy(DataSource.class, dataSource, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection ? connection(connection) : result;
        }) : bean;
    }

    /** The executions while the action ran, in order. */
    public static List<Execution> during(Runnable action) {
        RECORDED.clear();
        action.run();
        return List.copyOf(RECORDED);
    }

    private static Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            if (method.getName().equals("commit")) {
                RECORDED.add(Execution.COMMIT);
            }
            if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")) {
                return statement(statement, (String) args[0]);
            }
            return result;
        });
    }

    private static PreparedStatement statement(PreparedStatement statement, String sql) {
        int[] pending = {0};
        return proxy(PreparedStatement.class, statement, (target, method, args) -> {
            switch (method.getName()) {
                case "addBatch" -> pending[0]++;
                case "executeBatch", "executeLargeBatch" -> {
                    RECORDED.add(new Execution(sql, pending[0], true));
                    pending[0] = 0;
                }
                case "execute", "executeUpdate", "executeLargeUpdate", "executeQuery" -> {
                    if (args == null) {
                        RECORDED.add(new Execution(sql, 1, false));
                    }
                }
                default -> {
                }
            }
            return invoke(target, method, args);
        });
    }

    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(JdbcExecutions.class.getClassLoader(), new Class<?>[] {type},
                invocation));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
