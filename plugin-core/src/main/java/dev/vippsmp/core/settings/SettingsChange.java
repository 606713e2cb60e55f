package dev.vippsmp.core.settings;

import dev.vippsmp.core.client.SystemHeaders;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an admin submits on the settings page, grouped as the {@code vipps.*} properties are: a key set per
 * environment, capture, express checkout and the system headers. A null field, or a null group, is left as it is;
 * a null or blank secret keeps the stored one, so the page never needs to show a secret to keep it. An empty
 * {@code baseUrl} ({@link #NO_OVERRIDE}) removes a saved override, so calls go to {@code vipps.base-url} or the
 * environment's URL again. {@link SettingsRules#check} says what is wrong with a change before it is saved.
 *
 * @param test the test environment's keys
 * @param production the production environment's keys
 * @param system the {@code Vipps-System-*} values
 */
public record SettingsChange(Boolean enabled, Market market, ApiEnvironment environment, Keys test, Keys production,
        URI baseUrl, String referencePrefix, Capture capture, Express express, Boolean receipts,
        SystemInfo system) {

    /** As {@code baseUrl}: remove the saved override. */
    public static final URI NO_OVERRIDE = URI.create("");

    /** A change of nothing. */
    public static SettingsChange none() {
        return new SettingsChange(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** True when this change removes a saved base URL override. */
    public boolean removesBaseUrlOverride() {
        return baseUrl != null && baseUrl.toString().isEmpty();
    }

    /** The given environment's keys in this change, never null. */
    public Keys keys(ApiEnvironment of) {
        Keys keys = of == ApiEnvironment.PRODUCTION ? production : test;
        return keys == null ? Keys.NONE : keys;
    }

    public SettingsChange withEnabled(Boolean value) {
        return new SettingsChange(value, market, environment, test, production, baseUrl, referencePrefix, capture,
                express, receipts, system);
    }

    public SettingsChange withMarket(Market value) {
        return new SettingsChange(enabled, value, environment, test, production, baseUrl, referencePrefix, capture,
                express, receipts, system);
    }

    public SettingsChange withEnvironment(ApiEnvironment value) {
        return new SettingsChange(enabled, market, value, test, production, baseUrl, referencePrefix, capture,
                express, receipts, system);
    }

    public SettingsChange withTest(Keys value) {
        return new SettingsChange(enabled, market, environment, value, production, baseUrl, referencePrefix,
                capture, express, receipts, system);
    }

    public SettingsChange withProduction(Keys value) {
        return new SettingsChange(enabled, market, environment, test, value, baseUrl, referencePrefix, capture,
                express, receipts, system);
    }

    public SettingsChange withBaseUrl(URI value) {
        return new SettingsChange(enabled, market, environment, test, production, value, referencePrefix, capture,
                express, receipts, system);
    }

    public SettingsChange withReferencePrefix(String value) {
        return new SettingsChange(enabled, market, environment, test, production, baseUrl, value, capture, express,
                receipts, system);
    }

    public SettingsChange withCapture(Capture value) {
        return new SettingsChange(enabled, market, environment, test, production, baseUrl, referencePrefix, value,
                express, receipts, system);
    }

    public SettingsChange withExpress(Express value) {
        return new SettingsChange(enabled, market, environment, test, production, baseUrl, referencePrefix, capture,
                value, receipts, system);
    }

    public SettingsChange withReceipts(Boolean value) {
        return new SettingsChange(enabled, market, environment, test, production, baseUrl, referencePrefix, capture,
                express, value, system);
    }

    public SettingsChange withSystem(SystemInfo value) {
        return new SettingsChange(enabled, market, environment, test, production, baseUrl, referencePrefix, capture,
                express, receipts, value);
    }

    @Override
    public String toString() {
        return "SettingsChange[secrets masked]";
    }

    /**
     * One environment's keys, from the merchant portal; a null or blank secret keeps the stored one.
     *
     * @param merchantSerialNumber the sales unit's MSN
     * @param clientId the client id
     * @param clientSecret the client secret
     * @param subscriptionKey the {@code Ocp-Apim-Subscription-Key}
     */
    public record Keys(String merchantSerialNumber, String clientId, String clientSecret, String subscriptionKey) {

        /** No change to the keys. */
        public static final Keys NONE = new Keys(null, null, null, null);

        @Override
        public String toString() {
            return "Keys[merchantSerialNumber=" + merchantSerialNumber + ", secrets masked]";
        }
    }

    /**
     * What happens once a payment is approved.
     *
     * @param policy when reserved money is captured
     * @param orderStatusAfterApproval the order status the shop sets once a payment is approved
     */
    public record Capture(CapturePolicy policy, OrderStatusAfterApproval orderStatusAfterApproval) {

        public static Capture policy(CapturePolicy policy) {
            return new Capture(policy, null);
        }

        public static Capture orderStatus(OrderStatusAfterApproval orderStatusAfterApproval) {
            return new Capture(null, orderStatusAfterApproval);
        }
    }

    /**
     * Express checkout.
     *
     * @param cart whether the cart shows the express button
     * @param productPages which product pages show it
     * @param alwaysAskForAddress ask for the buyer's address even when nothing in the cart ships
     * @param shippingMode how Express gets delivery options
     */
    public record Express(Boolean cart, ProductPageButtons productPages, Boolean alwaysAskForAddress,
            ShippingMode shippingMode) {
    }

    /**
     * The {@code Vipps-System-*} values (see {@link SystemHeaders}).
     *
     * @param systemName {@code Vipps-System-Name}
     * @param systemVersion {@code Vipps-System-Version}
     * @param pluginName {@code Vipps-System-Plugin-Name}
     * @param pluginVersion {@code Vipps-System-Plugin-Version}
     */
    public record SystemInfo(String systemName, String systemVersion, String pluginName, String pluginVersion) {

        /** Each value with the name of its field in a {@link SettingsProblem}, in header order. */
        Map<String, String> byField() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("system.systemName", systemName);
            values.put("system.systemVersion", systemVersion);
            values.put("system.pluginName", pluginName);
            values.put("system.pluginVersion", pluginVersion);
            return values;
        }
    }
}
