package dev.vippsmp.recurring.autoconfigure;

import dev.vippsmp.core.autoconfigure.PluginThreads;
import dev.vippsmp.core.autoconfigure.VippsClientAutoConfiguration;
import dev.vippsmp.core.autoconfigure.VippsPaymentAutoConfiguration;
import dev.vippsmp.core.autoconfigure.VippsSchedulingAutoConfiguration;
import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.recurring.VippsRecurringProperties;
import dev.vippsmp.recurring.VippsSubscriptions;
import dev.vippsmp.recurring.admin.SubscriptionAdminConfiguration;
import dev.vippsmp.recurring.charging.ChargeCompletion;
import dev.vippsmp.recurring.charging.ChargeCreation;
import dev.vippsmp.recurring.charging.ChargingJob;
import dev.vippsmp.recurring.lifecycle.AgreementCompletion;
import dev.vippsmp.recurring.lifecycle.PollBackoff;
import dev.vippsmp.recurring.polling.RecurringJobs;
import dev.vippsmp.recurring.polling.RecurringPoller;
import dev.vippsmp.recurring.spi.SubscriptionShop;
import dev.vippsmp.recurring.store.AgreementStore;
import dev.vippsmp.recurring.store.ChargeStore;
import dev.vippsmp.recurring.store.EventLog;
import dev.vippsmp.recurring.store.RecurringSchema;
import dev.vippsmp.recurring.web.RecurringWebConfiguration;
import dev.vippsmp.recurring.webhook.RecurringWebhookHandler;
import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.beans.factory.annotation.Value;
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
 * Subscriptions, when the host implements {@link SubscriptionShop}: the schema, the stores, the completion paths of
 * agreements and charges, the charging job and the poller, the webhook handler and the {@link VippsSubscriptions}
 * facade, on the core's client; in a web application also the subscriber's return endpoint and fragment. The jobs
 * run on the core's scheduler under the core's ShedLock lock provider, so they need the core's payment and
 * scheduling configuration (a shop that takes payments has both). The admin's subscription pages come with them
 * when the admin module's pages are there (after them, so their beans are known).
 */
@AutoConfiguration(after = {VippsClientAutoConfiguration.class, VippsPaymentAutoConfiguration.class,
        VippsSchedulingAutoConfiguration.class},
        afterName = "dev.vippsmp.admin.autoconfigure.VippsAdminAutoConfiguration")
@ConditionalOnBean({SubscriptionShop.class, VippsClient.class})
@EnableConfigurationProperties(VippsRecurringProperties.class)
@Import({SubscriptionAdminConfiguration.class, RecurringWebConfiguration.class})
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
    PollBackoff vippsRecurringPollBackoff(VippsRecurringProperties properties, Clock clock) {
        return new PollBackoff(properties.pollInterval(), properties.maxPollInterval(), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    AgreementCompletion vippsAgreementCompletion(VippsClient client, AgreementStore agreements, ChargeStore charges,
            EventLog events, SubscriptionShop shop, PlatformTransactionManager transactionManager, Clock clock) {
        return new AgreementCompletion(client, agreements, charges, events, shop,
                new TransactionTemplate(transactionManager), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    ChargeCompletion vippsChargeCompletion(VippsClient client, AgreementStore agreements, ChargeStore charges,
            EventLog events, SubscriptionShop shop, PlatformTransactionManager transactionManager,
            PollBackoff backoff) {
        return new ChargeCompletion(client, agreements, charges, events, shop,
                new TransactionTemplate(transactionManager), backoff);
    }

    @Bean
    @ConditionalOnMissingBean
    ChargeCreation vippsChargeCreation(VippsClient client, AgreementStore agreements, ChargeStore charges,
            EventLog events, SubscriptionShop shop, AgreementCompletion agreementCompletion,
            PlatformTransactionManager transactionManager, PollBackoff backoff, VippsRecurringProperties properties) {
        return new ChargeCreation(client, agreements, charges, events, shop, agreementCompletion,
                new TransactionTemplate(transactionManager), backoff, properties);
    }

    @Bean
    @ConditionalOnMissingBean
    ChargingJob vippsChargingJob(AgreementStore agreements, ChargeStore charges, EventLog events,
            SubscriptionShop shop, ChargeCreation creation, PlatformTransactionManager transactionManager,
            PollBackoff backoff, VippsRecurringProperties properties, Clock clock) {
        return new ChargingJob(agreements, charges, events, shop, creation,
                new TransactionTemplate(transactionManager), backoff, properties, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    RecurringPoller vippsRecurringPoller(AgreementStore agreements, ChargeStore charges,
            AgreementCompletion agreementCompletion, ChargeCompletion chargeCompletion, ChargeCreation creation,
            PollBackoff backoff, Clock clock) {
        return new RecurringPoller(agreements, charges, agreementCompletion, chargeCompletion, creation, backoff,
                clock);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({LockingTaskExecutor.class, PluginThreads.class})
    RecurringJobs vippsRecurringJobs(ChargingJob charging, RecurringPoller poller,
            LockingTaskExecutor vippsLockingTaskExecutor, PluginThreads threads, VippsRecurringProperties properties,
            @Value("${vipps.background-jobs.enabled:true}") boolean backgroundJobs, Clock clock) {
        // vipps.background-jobs.enabled=false, the core's switch, leaves the jobs to be run by hand (e.g. by tests).
        return new RecurringJobs(charging, poller, vippsLockingTaskExecutor, threads.scheduler(), properties,
                backgroundJobs, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    RecurringWebhookHandler vippsRecurringWebhookHandler(AgreementCompletion agreementCompletion,
            ChargeCompletion chargeCompletion, ChargeStore charges) {
        return new RecurringWebhookHandler(agreementCompletion, chargeCompletion, charges);
    }

    @Bean
    @ConditionalOnMissingBean
    VippsSubscriptions vippsSubscriptions(VippsClient client, SubscriptionShop shop, AgreementStore agreements,
            ChargeStore charges, EventLog events, AgreementCompletion completion, ChargeCompletion chargeCompletion,
            PlatformTransactionManager transactionManager, VippsRecurringProperties properties, Clock clock) {
        return new VippsSubscriptions(client, shop, agreements, charges, events, completion, chargeCompletion,
                new TransactionTemplate(transactionManager), properties, clock);
    }
}
