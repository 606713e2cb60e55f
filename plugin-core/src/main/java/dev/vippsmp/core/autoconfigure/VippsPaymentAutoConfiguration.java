package dev.vippsmp.core.autoconfigure;

import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.payment.ExpressCallbacks;
import dev.vippsmp.core.payment.MoneyMovements;
import dev.vippsmp.core.payment.OrderMoney;
import dev.vippsmp.core.payment.PaymentCompletion;
import dev.vippsmp.core.payment.PaymentInitiation;
import dev.vippsmp.core.payment.PaymentPolls;
import dev.vippsmp.core.payment.PaymentQueries;
import dev.vippsmp.core.payment.Payments;
import dev.vippsmp.core.polling.PollSchedule;
import dev.vippsmp.core.settings.SecretCipher;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.core.settings.VippsProperties;
import dev.vippsmp.core.spi.VippsShop;
import dev.vippsmp.core.webhook.WebhookDispatcher;
import dev.vippsmp.core.webhook.WebhookEventHandler;
import dev.vippsmp.core.webhook.WebhookInbox;
import dev.vippsmp.core.webhook.WebhookRegistrations;
import dev.vippsmp.core.webhook.WebhookVerifier;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payment lifecycle and its poll schedule, and the webhook steps (verifier, inbox, dispatcher), on the shop's
 * {@link VippsShop}.
 */
@AutoConfiguration(after = VippsClientAutoConfiguration.class)
@ConditionalOnBean(VippsClient.class)
public final class VippsPaymentAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PluginThreads vippsPluginThreads() {
        return new PluginThreads();
    }

    @Bean
    @ConditionalOnMissingBean
    PollSchedule vippsPollSchedule(VippsProperties properties, Clock clock) {
        return new PollSchedule(properties.reconciler(), properties.webhooks(), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    Payments vippsPayments(VippsClient client, SettingsService settings, VippsShop shop,
            EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactionManager,
            PollSchedule schedule, Clock clock, ApplicationEventPublisher events) {
        return Payments.create(client, settings, shop,
                SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory),
                new TransactionTemplate(transactionManager), clock, schedule, events);
    }

    // Each part of the lifecycle is a bean of its own, so a caller depends on the job it needs.

    @Bean
    PaymentInitiation vippsPaymentInitiation(Payments payments) {
        return payments.initiation();
    }

    @Bean
    PaymentCompletion vippsPaymentCompletion(Payments payments) {
        return payments.completion();
    }

    @Bean
    MoneyMovements vippsMoneyMovements(Payments payments) {
        return payments.money();
    }

    @Bean
    OrderMoney vippsOrderMoney(Payments payments) {
        return payments.orders();
    }

    @Bean
    PaymentQueries vippsPaymentQueries(Payments payments) {
        return payments.queries();
    }

    @Bean
    PaymentPolls vippsPaymentPolls(Payments payments) {
        return payments.polls();
    }

    @Bean
    ExpressCallbacks vippsExpressCallbacks(Payments payments) {
        return payments.callbacks();
    }

    @Bean
    @ConditionalOnMissingBean
    WebhookRegistrations vippsWebhookRegistrations(VippsClient client, EntityManagerFactory entityManagerFactory,
            PlatformTransactionManager transactionManager, SecretCipher cipher, Clock clock,
            ObjectProvider<WebhookEventHandler> handlers) {
        return new WebhookRegistrations(client,
                SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory),
                new TransactionTemplate(transactionManager), cipher, clock, handlers.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean
    WebhookVerifier vippsWebhookVerifier(WebhookRegistrations registrations, VippsProperties properties,
            Clock clock) {
        return new WebhookVerifier(registrations, clock, properties.webhooks().maxClockSkew());
    }

    @Bean
    @ConditionalOnMissingBean
    WebhookDispatcher vippsWebhookDispatcher(PaymentCompletion payments, EntityManagerFactory entityManagerFactory,
            PlatformTransactionManager transactionManager, PluginThreads threads, PollSchedule schedule,
            Clock clock, ObjectProvider<WebhookEventHandler> handlers) {
        return new WebhookDispatcher(payments, SharedEntityManagerCreator.createSharedEntityManager(
                entityManagerFactory), new TransactionTemplate(transactionManager), threads.webhookWorkers(),
                schedule, clock, handlers.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean
    WebhookInbox vippsWebhookInbox(EntityManagerFactory entityManagerFactory,
            PlatformTransactionManager transactionManager, WebhookDispatcher dispatcher, Clock clock,
            ObjectProvider<WebhookEventHandler> handlers) {
        return new WebhookInbox(SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory),
                new TransactionTemplate(transactionManager), dispatcher, clock, handlers.orderedStream().toList());
    }
}
