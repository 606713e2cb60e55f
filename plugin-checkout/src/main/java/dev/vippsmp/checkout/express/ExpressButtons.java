package dev.vippsmp.checkout.express;

import dev.vippsmp.checkout.CheckoutShop;
import dev.vippsmp.core.settings.ExpressSettings;
import dev.vippsmp.core.settings.PluginSettings;
import dev.vippsmp.core.settings.SettingsService;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Where the express buttons show, from the settings an admin chooses: the cart's on or off; product pages all,
 * none, or some (the products the shop marks, and those listed in {@code vipps.checkout.express.products}).
 * Nothing shows while the plugin is disabled or has no keys, or when the shop offers no carts to the checkout.
 * Templates reach it as {@code @vippsExpress}.
 */
public class ExpressButtons {

    private final SettingsService settings;
    private final ObjectProvider<CheckoutShop> shop;
    private final Set<String> listedProducts;

    public ExpressButtons(SettingsService settings, ObjectProvider<CheckoutShop> shop, Set<String> listedProducts) {
        this.settings = settings;
        this.shop = shop;
        this.listedProducts = Set.copyOf(listedProducts);
    }

    public boolean onProductPage(String productId) {
        ExpressSettings express = expressSettings();
        if (express == null || productId == null) {
            return false;
        }
        return switch (express.productPages()) {
            case NONE -> false;
            case ALL -> true;
            case SOME -> listedProducts.contains(productId) || shop.getObject().expressOnProductPage(productId);
        };
    }

    public boolean inCart() {
        ExpressSettings express = expressSettings();
        return express != null && express.cart();
    }

    /** The express settings when express can work at all, else null. */
    private ExpressSettings expressSettings() {
        PluginSettings current = settings.current();
        return current.isUsable() && shop.getIfAvailable() != null ? current.express() : null;
    }
}
