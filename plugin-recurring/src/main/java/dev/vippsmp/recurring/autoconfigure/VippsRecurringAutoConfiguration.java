package dev.vippsmp.recurring.autoconfigure;

import dev.vippsmp.core.autoconfigure.VippsClientAutoConfiguration;
import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.recurring.VippsRecurringProperties;
import dev.vippsmp.recurring.VippsSubscriptions;
import dev.vippsmp.recurring.lifecycle.AgreementCompletion;
import dev.vippsmp.recurring.spi.SubscriptionShop;
import dev.vippsmp.recurring.store.AgreementStore;
import dev.vippsmp.recurring.store.ChargeStore;
import dev.vippsmp.recurring.store.EventLog;
import dev.vippsmp.recurring.store.RecurringSchema;
import dev.vippsmp.recurring.web.RecurringWebConfiguration;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Subscriptions, when the host implements {@link SubscriptionShop}: the schema, the stores, the agreement's
 * completion path and the {@link VippsSubscriptions} facade, on the core's client; in a web application also the
 * subscriber's return endpoint and fragment.
 */
@AutoConfiguration(after = VippsClientAutoConfiguration.class)
@ConditionalOnBean({SubscriptionShop.class, VippsClient.class})
@EnableConfigurationProperties(VippsRecurringProperties.class)
@Import(RecurringWebConfiguration.class)
public final class VippsRecurringAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RecurringSchema vippsRecurringSchema(DataSource dataSource) {
        return new RecurringSchema(dataSource);
    }

    @Bean
    @ConditionalOnMissingBean
    AgreementStore vippsRecurringAgreements(RecurringSchema schema, DataSource dataSource, Clock clock) {
        // The schema is a parameter so that its tables exist before the first read.
        return new AgreementStore(JdbcClient.create(dataSource), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    ChargeStore vippsRecurringCharges(RecurringSchema schema, DataSource dataSource, Clock clock) {
        return new ChargeStore(JdbcClient.create(dataSource), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    EventLog vippsRecurringEvents(RecurringSchema schema, DataSource dataSource, Clock clock) {
        return new EventLog(JdbcClient.create(dataSource), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    AgreementCompletion vippsAgreementCompletion(VippsClient client, AgreementStore agreements, EventLog events,
            SubscriptionShop shop, PlatformTransactionManager transactionManager, Clock clock) {
        return new AgreementCompletion(client, agreements, events, shop, new TransactionTemplate(transactionManager),
                clock);
    }

    @Bean
    @ConditionalOnMissingBean
    VippsSubscriptions vippsSubscriptions(VippsClient client, SubscriptionShop shop, AgreementStore agreements,
            ChargeStore charges, EventLog events, AgreementCompletion completion,
            PlatformTransactionManager transactionManager, VippsRecurringProperties properties, Clock clock) {
        return new VippsSubscriptions(client, shop, agreements, charges, events, completion,
                new TransactionTemplate(transactionManager), properties, clock);
    }
}
