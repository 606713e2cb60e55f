package dev.vippsmp.checkout.returnpage;

import dev.vippsmp.checkout.CheckoutShop;
import dev.vippsmp.checkout.attempt.CheckoutAttempts;
import dev.vippsmp.checkout.config.CheckoutProperties;
import dev.vippsmp.checkout.config.CheckoutUrls;
import dev.vippsmp.checkout.payment.PaymentStarts;
import dev.vippsmp.core.payment.Payments;
import dev.vippsmp.core.spi.VippsShop;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The return page and what it reads payments through. */
@Configuration(proxyBeanMethods = false)
public class ReturnPageConfiguration {

    @Bean
    @ConditionalOnMissingBean
    StatusChecks vippsStatusChecks(Payments payments, StatusReadClaims claims, Clock clock,
            CheckoutProperties properties) {
        return new StatusChecks(payments, claims, clock, properties.statusCheckInterval(),
                properties.firstStatusCheck(), properties.statusWait());
    }

    @Bean
    PaymentWatch vippsPaymentWatch() {
        return new PaymentWatch();
    }

    @Bean
    ReturnController vippsReturnController(CheckoutAttempts attempts, StatusChecks checks, PaymentWatch watch,
            PaymentStarts starts, CheckoutUrls urls, VippsShop shop, ObjectProvider<CheckoutShop> checkoutShop,
            CheckoutProperties properties) {
        return new ReturnController(attempts, checks, watch, properties.statusWait(), starts, urls, shop,
                checkoutShop);
    }
}
