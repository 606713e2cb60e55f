package dev.vippsmp.demoshop.vipps.recurring;

import dev.vippsmp.demoshop.storefront.StorefrontFragment;
import dev.vippsmp.demoshop.storefront.StorefrontSlot;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Subscribe with Vipps/MobilePay" in a plan page's slot ({@code templates/vipps/recurring-storefront.html}). */
@Configuration(proxyBeanMethods = false)
class VippsSubscriptionStorefront {

    @Bean
    StorefrontFragment vippsSubscribeButton() {
        return new Fragment(StorefrontSlot.SUBSCRIPTION_SUBSCRIBE, "vipps/recurring-storefront", "subscribe");
    }

    /** A fragment in a slot; the record's accessors are the port's methods. */
    private record Fragment(StorefrontSlot slot, String template, String fragment) implements StorefrontFragment {
    }
}
