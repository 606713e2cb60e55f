package dev.vippsmp.core.autoconfigure;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The plugin's tables (its own Flyway migrations) and its entities in the host's persistence unit. */
@AutoConfiguration(after = DataSourceAutoConfiguration.class, before = HibernateJpaAutoConfiguration.class)
@ConditionalOnSingleCandidate(DataSource.class)
public final class VippsPersistenceAutoConfiguration {

    @Bean
    static PluginEntities vippsPluginEntities() {
        return new PluginEntities();
    }

    @Bean
    @ConditionalOnMissingBean
    PluginSchema vippsPluginSchema(DataSource dataSource) {
        return new PluginSchema(dataSource);
    }
}
