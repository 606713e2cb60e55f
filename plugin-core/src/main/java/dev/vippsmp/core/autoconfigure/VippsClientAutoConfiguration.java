package dev.vippsmp.core.autoconfigure;

import dev.vippsmp.core.client.ApiCallListener;
import dev.vippsmp.core.client.Sleeper;
import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.client.transport.HttpTransport;
import dev.vippsmp.core.client.transport.JdkHttpTransport;
import dev.vippsmp.core.settings.SecretCipher;
import dev.vippsmp.core.settings.SettingsClientConfiguration;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.core.settings.VippsProperties;
import dev.vippsmp.core.telemetry.ApiCallLog;
import dev.vippsmp.core.telemetry.ApiCallMetrics;
import dev.vippsmp.core.telemetry.ApiCallStatistics;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Settings (database over configuration), the API client and the call log. */
@AutoConfiguration(after = {VippsPersistenceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
        TransactionAutoConfiguration.class})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(VippsProperties.class)
public final class VippsClientAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock vippsClock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    SecretCipher vippsSecretCipher(VippsProperties properties) {
        return SecretCipher.fromBase64Key(properties.encryptionKey());
    }

    @Bean
    @ConditionalOnMissingBean
    SettingsService vippsSettingsService(VippsProperties properties, Environment environment,
            EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactionManager,
            SecretCipher cipher, Clock clock) {
        return new SettingsService(properties, SystemHeaderDefaults.resolve(properties.system(), environment),
                SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory),
                new TransactionTemplate(transactionManager), cipher, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    HttpTransport vippsHttpTransport() {
        return new JdkHttpTransport();
    }

    @Bean
    @ConditionalOnMissingBean
    Sleeper vippsSleeper() {
        return Sleeper.SYSTEM;
    }

    @Bean
    @ConditionalOnMissingBean
    ApiCallLog vippsApiCallLog(DataSource dataSource, Clock clock) {
        return new ApiCallLog(new JdbcTemplate(dataSource), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    ApiCallStatistics vippsApiCallStatistics(DataSource dataSource, Clock clock, ApiCallLog log) {
        return new ApiCallStatistics(new JdbcTemplate(dataSource), clock, log);
    }

    @Bean
    @ConditionalOnMissingBean
    VippsClient vippsClient(SettingsService settings, VippsProperties properties, HttpTransport transport,
            Clock clock, Sleeper sleeper, ObjectProvider<ApiCallListener> listeners,
            ObjectProvider<MeterRegistry> meterRegistry) {
        List<ApiCallListener> all = new ArrayList<>(listeners.orderedStream().toList());
        meterRegistry.ifAvailable(registry -> all.add(new ApiCallMetrics(registry)));
        return VippsClient.builder(new SettingsClientConfiguration(settings, properties.http()))
                .transport(transport)
                .clock(clock)
                .sleeper(sleeper)
                .listeners(all)
                .tokenExpiryMargin(properties.http().tokenExpiryMargin())
                .build();
    }
}
