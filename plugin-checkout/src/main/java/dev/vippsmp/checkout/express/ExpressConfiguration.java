package dev.vippsmp.checkout.express;

import dev.vippsmp.checkout.CheckoutShop;
import dev.vippsmp.checkout.attempt.CheckoutAttempts;
import dev.vippsmp.checkout.config.CheckoutProperties;
import dev.vippsmp.checkout.config.CheckoutUrls;
import dev.vippsmp.checkout.payment.PaymentStarts;
import dev.vippsmp.core.payment.ExpressCallbacks;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.core.spi.VippsShop;
import java.util.HashSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Express checkout: the buttons' rules, their endpoints, the shipping callback and the paid cart's cleanup. */
@Configuration(proxyBeanMethods = false)
public class ExpressConfiguration {

    @Bean("vippsExpress")
    @ConditionalOnMissingBean
    ExpressButtons vippsExpress(SettingsService settings, ObjectProvider<CheckoutShop> shop,
            CheckoutProperties properties) {
        return new ExpressButtons(settings, shop, new HashSet<>(properties.express().products()));
    }

    @Bean
    ExpressController vippsExpressController(ExpressButtons buttons, ObjectProvider<CheckoutShop> checkoutShop,
            VippsShop shop, PaymentStarts starts, CheckoutUrls urls) {
        return new ExpressController(buttons, checkoutShop, shop, starts, urls);
    }

    @Bean
    ShippingCallbackController vippsShippingCallbackController(ExpressCallbacks payments) {
        return new ShippingCallbackController(payments);
    }

    @Bean
    @ConditionalOnMissingBean
    PaidCartCleanup vippsPaidCartCleanup(CheckoutAttempts attempts, ObjectProvider<CheckoutShop> shop) {
        return new PaidCartCleanup(attempts, shop);
    }
}
