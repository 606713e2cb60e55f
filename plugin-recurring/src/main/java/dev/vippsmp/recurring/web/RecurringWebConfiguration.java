package dev.vippsmp.recurring.web;

import dev.vippsmp.recurring.VippsSubscriptions;
import dev.vippsmp.recurring.spi.SubscriptionShop;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The subscriber's side in a servlet web application: the return endpoint and the texts of the fragment. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class RecurringWebConfiguration {

    /** The message bundle of the subscriber fragment; a host adds it to {@code spring.messages.basename}. */
    public static final String MESSAGES = "dev/vippsmp/recurring/web/messages";

    @Bean
    RecurringReturnController vippsRecurringReturnController(VippsSubscriptions subscriptions,
            SubscriptionShop shop) {
        return new RecurringReturnController(subscriptions, shop);
    }

    @Bean("vippsSubscriptionTexts")
    @ConditionalOnMissingBean
    SubscriptionTexts vippsSubscriptionTexts(MessageSource messages) {
        return new SubscriptionTexts(messages);
    }
}
