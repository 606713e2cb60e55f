package dev.vippsmp.demoshop.vipps.admin;

import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.payment.Initiation;
import dev.vippsmp.core.payment.InitiationRequest;
import dev.vippsmp.core.payment.Payments;
import dev.vippsmp.core.payment.Trigger;
import dev.vippsmp.core.settings.PluginSettings;
import dev.vippsmp.core.settings.SettingsChange;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.core.spi.VippsShop;
import dev.vippsmp.demoshop.cart.CartCookie;
import dev.vippsmp.demoshop.testing.ShopClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What the admin's tests set up through the plugin and the shop, and put back afterwards. */
final class AdminFixtures {

    static final String ADMIN = "/admin/vipps";
    static final String SETTINGS = ADMIN + "/settings";
    static final String PAYMENTS = ADMIN + "/payments";
    static final String DEFAULT_USER = "4791234567";

    private AdminFixtures() {
    }

    /**
     * An order of the product, bought by a new visitor and paid with Vipps: the payment created, approved by the
     * app's default user and completed, so the money is reserved. Returns the payment's reference.
     */
    static String reservedPayment(ShopClient visitor, String slug, VippsShop shop, Payments payments,
            VippsClient client) {
        visitor.addToCart(slug, 1);
        String order = shop.createOrderFromCart(visitor.cookie(CartCookie.NAME).orElseThrow());
        Initiation initiation = payments.initiation().initiate(InitiationRequest.checkout(order, "https://shop.example/return"));
        client.payments().forceApprove(initiation.reference(), DEFAULT_USER);
        payments.completion().complete(initiation.reference(), Trigger.RETURN_PAGE);
        return initiation.reference();
    }

    /** A change that puts the fields an admin test may touch back as they were. */
    static SettingsChange restoring(PluginSettings before) {
        return new SettingsChange(before.enabled(), before.market(), before.environment(),
                new SettingsChange.Keys(null, null, before.testKeys().clientSecret(),
                        before.testKeys().subscriptionKey()),
                null, SettingsChange.NO_OVERRIDE, before.referencePrefix(),
                new SettingsChange.Capture(before.capturePolicy(), before.orderStatusAfterApproval()),
                new SettingsChange.Express(before.express().cart(), before.express().productPages(),
                        before.express().alwaysAskForAddress(), before.shippingMode()),
                before.receipts(),
                new SettingsChange.SystemInfo(before.systemHeaders().systemName(),
                        before.systemHeaders().systemVersion(), before.systemHeaders().pluginName(),
                        before.systemHeaders().pluginVersion()));
    }

    static void restore(SettingsService settings, PluginSettings before) {
        settings.update(restoring(before), "test");
    }

    /** The fields a browser would submit for the form as the page shows it (the CSRF token included). */
    static Map<String, String> formFields(Document page, String formSelector) {
        Element form = page.selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("No form " + formSelector + " on the page");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            boolean unchecked = (type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked");
            if (!unchecked && !input.hasAttr("disabled")) {
                fields.put(input.attr("name"), input.attr("value").isEmpty() && type.equals("checkbox") ? "on"
                        : input.attr("value"));
            }
        }
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            fields.put(select.attr("name"), chosen != null ? chosen.attr("value")
                    : select.select("option").first().attr("value"));
        }
        return fields;
    }
}
