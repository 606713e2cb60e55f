package dev.vippsmp.core.autoconfigure;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link PluginSchema} initializes the database, so the entity manager factory, JDBC
 * templates and everything else that uses the data source wait for the plugin's tables. Ordered after the host's
 * own migrations.
 */
public final class PluginSchemaDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(PluginSchema.class);
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
