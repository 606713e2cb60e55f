package dev.vippsmp.admin.autoconfigure;

import dev.vippsmp.admin.connection.ConnectionTester;
import dev.vippsmp.admin.dashboard.DashboardPages;
import dev.vippsmp.admin.payments.PaymentPages;
import dev.vippsmp.admin.settings.SettingsPages;
import dev.vippsmp.admin.web.AdminMessages;
import dev.vippsmp.admin.web.AdminWebConfiguration;
import dev.vippsmp.admin.web.VippsAdminProperties;
import dev.vippsmp.admin.webhooks.WebhookPages;
import dev.vippsmp.core.autoconfigure.VippsPaymentAutoConfiguration;
import dev.vippsmp.core.client.ApiCallListener;
import dev.vippsmp.core.client.transport.HttpTransport;
import dev.vippsmp.core.payment.Payments;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.core.telemetry.ApiCallStatistics;
import dev.vippsmp.core.webhook.WebhookRegistrations;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * The admin pages, in a servlet web application that has the core plugin's services: settings, payments, webhooks
 * and the dashboard under {@code vipps.admin.path}, guarded by the host's Spring Security and the plugin's own
 * check. Off with {@code vipps.admin.enabled=false}.
 */
@AutoConfiguration(after = {VippsPaymentAutoConfiguration.class, MessageSourceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({SettingsService.class, Payments.class, WebhookRegistrations.class,
        ApiCallStatistics.class})
@ConditionalOnProperty(prefix = "vipps.admin", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(VippsAdminProperties.class)
@Import({AdminWebConfiguration.class, SettingsPages.class, PaymentPages.class, WebhookPages.class,
        DashboardPages.class})
public final class VippsAdminAutoConfiguration {

    @Bean
    static AdminMessages vippsAdminMessages() {
        return new AdminMessages(AdminMessages.BASENAME);
    }

    /** For a host without a message source of its own: the plugin's texts alone. */
    @Bean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    @ConditionalOnMissingBean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource() {
        return AdminMessages.bundle(AdminMessages.BASENAME);
    }

    @Bean
    @ConditionalOnMissingBean
    ConnectionTester vippsConnectionTester(HttpTransport transport, Clock clock,
            ObjectProvider<ApiCallListener> listeners) {
        return new ConnectionTester(transport, clock, listeners.orderedStream().toList());
    }
}
