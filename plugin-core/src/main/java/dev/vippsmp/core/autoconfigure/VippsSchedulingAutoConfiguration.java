package dev.vippsmp.core.autoconfigure;

import dev.vippsmp.core.payment.Payments;
import dev.vippsmp.core.polling.PollSchedule;
import dev.vippsmp.core.reconcile.BackgroundJobs;
import dev.vippsmp.core.reconcile.Reconciler;
import dev.vippsmp.core.settings.VippsProperties;
import dev.vippsmp.core.telemetry.ApiCallLog;
import dev.vippsmp.core.webhook.WebhookDispatcher;
import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reconciler and the other background jobs, on the plugin's own scheduler, with a ShedLock lock in the shop's
 * database ({@code vipps_shedlock}) so that one node at a time reconciles. Off with
 * {@code vipps.background-jobs.enabled=false} (e.g. in tests that drive the jobs themselves).
 */
@AutoConfiguration(after = VippsPaymentAutoConfiguration.class)
@ConditionalOnBean(Payments.class)
public final class VippsSchedulingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Reconciler vippsReconciler(Payments payments, PollSchedule schedule, VippsProperties properties) {
        return new Reconciler(payments, schedule, properties.reconciler().batchSize());
    }

    @Bean
    @ConditionalOnMissingBean(name = "vippsLockingTaskExecutor")
    LockingTaskExecutor vippsLockingTaskExecutor(DataSource dataSource) {
        return new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("vipps_shedlock")
                .usingDbTime()
                .build()));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "vipps.background-jobs.enabled", matchIfMissing = true)
    BackgroundJobs vippsBackgroundJobs(Reconciler reconciler, WebhookDispatcher webhooks, ApiCallLog callLog,
            LockingTaskExecutor vippsLockingTaskExecutor, PluginThreads threads, VippsProperties properties,
            Clock clock) {
        return new BackgroundJobs(reconciler, webhooks, callLog, vippsLockingTaskExecutor, threads.scheduler(),
                properties, clock);
    }
}
