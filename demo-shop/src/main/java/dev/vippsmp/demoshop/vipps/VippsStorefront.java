package dev.vippsmp.demoshop.vipps;

import dev.vippsmp.demoshop.storefront.StorefrontFragment;
import dev.vippsmp.demoshop.storefront.StorefrontSlot;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The express buttons in the shop's page slots ({@code templates/vipps/storefront.html} hands each slot's
 * variables to the plugin's fragments), and the plugin's stylesheet in every page's head.
 */
@Configuration(proxyBeanMethods = false)
class VippsStorefront {

    @Bean
    StorefrontFragment vippsProductButton() {
        return new Fragment(StorefrontSlot.PRODUCT_BUY_NOW, "vipps/storefront", "product");
    }

    @Bean
    StorefrontFragment vippsCartButton() {
        return new Fragment(StorefrontSlot.CART_BUY_NOW, "vipps/storefront", "cart");
    }

    @Bean
    StorefrontFragment vippsStylesheet() {
        return new Fragment(StorefrontSlot.HEAD, "vipps/checkout/express", "stylesheet");
    }

    /** A fragment in a slot; the record's accessors are the port's methods. */
    private record Fragment(StorefrontSlot slot, String template, String fragment) implements StorefrontFragment {
    }
}
