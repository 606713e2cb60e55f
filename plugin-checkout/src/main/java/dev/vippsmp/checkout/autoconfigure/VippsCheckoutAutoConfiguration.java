package dev.vippsmp.checkout.autoconfigure;

import dev.vippsmp.checkout.attempt.CheckoutAttempts;
import dev.vippsmp.checkout.brand.WalletBranding;
import dev.vippsmp.checkout.config.CheckoutProperties;
import dev.vippsmp.checkout.config.CheckoutUrls;
import dev.vippsmp.checkout.express.ExpressConfiguration;
import dev.vippsmp.checkout.orders.OrderStatusEvents;
import dev.vippsmp.checkout.payment.PaymentStarts;
import dev.vippsmp.checkout.payment.VippsCheckout;
import dev.vippsmp.checkout.returnpage.ReturnPageConfiguration;
import dev.vippsmp.checkout.returnpage.StatusReadClaims;
import dev.vippsmp.checkout.web.CheckoutAssets;
import dev.vippsmp.checkout.web.CheckoutPages;
import dev.vippsmp.checkout.web.MoneyText;
import dev.vippsmp.checkout.webhook.WebhookConfiguration;
import dev.vippsmp.core.autoconfigure.VippsPaymentAutoConfiguration;
import dev.vippsmp.core.payment.OrderMoney;
import dev.vippsmp.core.payment.PaymentInitiation;
import dev.vippsmp.core.payment.Payments;
import dev.vippsmp.core.settings.SettingsService;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The checkout on the core's payment lifecycle, in a servlet web application. */
@AutoConfiguration(after = VippsPaymentAutoConfiguration.class)
@ConditionalOnBean(Payments.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(CheckoutProperties.class)
@Import({ReturnPageConfiguration.class, ExpressConfiguration.class, WebhookConfiguration.class, CheckoutAssets.class})
public final class VippsCheckoutAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CheckoutSchema vippsCheckoutSchema(DataSource dataSource) {
        return new CheckoutSchema(dataSource);
    }

    @Bean
    @ConditionalOnMissingBean
    CheckoutUrls vippsCheckoutUrls(CheckoutProperties properties) {
        return new CheckoutUrls(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    CheckoutAttempts vippsCheckoutAttempts(CheckoutSchema schema, DataSource dataSource, Clock clock) {
        return new CheckoutAttempts(JdbcClient.create(dataSource), clock);
    }

    /** The return page's reads of the vendor, shared by all nodes through the checkout's table. */
    @Bean
    @ConditionalOnMissingBean
    StatusReadClaims vippsStatusReadClaims(CheckoutSchema schema, DataSource dataSource, Clock clock,
            CheckoutProperties properties) {
        return new StatusReadClaims(JdbcClient.create(dataSource), clock, properties.statusCheckInterval());
    }

    @Bean("vippsBranding")
    @ConditionalOnMissingBean
    WalletBranding vippsBranding(SettingsService settings, MessageSource messages) {
        return new WalletBranding(settings, messages);
    }

    @Bean("vippsMoney")
    @ConditionalOnMissingBean
    MoneyText vippsMoney() {
        return new MoneyText();
    }

    @Bean
    @ConditionalOnMissingBean
    PaymentStarts vippsPaymentStarts(PaymentInitiation payments, CheckoutAttempts attempts, CheckoutUrls urls,
            SettingsService settings) {
        return new PaymentStarts(payments, attempts, urls, settings);
    }

    @Bean
    @ConditionalOnMissingBean
    VippsCheckout vippsCheckout(SettingsService settings, PaymentStarts starts, WalletBranding branding,
            CheckoutUrls urls) {
        return new VippsCheckout(settings, starts, branding, urls);
    }

    /** The shop's {@code OrderStatusEvent}s move the money after its transaction commits. */
    @Bean
    @ConditionalOnMissingBean
    OrderStatusEvents vippsOrderStatusEvents(OrderMoney orderMoney) {
        return new OrderStatusEvents(orderMoney);
    }

    @Bean
    CheckoutPages vippsCheckoutPages(CheckoutProperties properties) {
        return new CheckoutPages(properties);
    }

    @Bean
    MessageBundleCheck vippsMessageBundleCheck(MessageSource messages) {
        return new MessageBundleCheck(messages);
    }
}
