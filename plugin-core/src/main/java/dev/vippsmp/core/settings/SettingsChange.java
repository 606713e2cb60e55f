package dev.vippsmp.core.settings;

import java.net.URI;

/**
 * What an admin submits on the settings page. A null field is left as it is; a null or blank secret keeps the
 * stored one, so the page never needs to show a secret to keep it. An empty {@code baseUrl} ({@link #NO_OVERRIDE})
 * removes a saved override, so calls go to {@code vipps.base-url} or the environment's URL again.
 */
public record SettingsChange(Boolean enabled, Market market, ApiEnvironment environment,
        String testMerchantSerialNumber, String testClientId, String testClientSecret, String testSubscriptionKey,
        String productionMerchantSerialNumber, String productionClientId, String productionClientSecret,
        String productionSubscriptionKey, URI baseUrl, String referencePrefix, CapturePolicy capturePolicy,
        Boolean expressCart, ProductPageButtons expressProductPages, Boolean expressAlwaysAskForAddress,
        ShippingMode shippingMode, Boolean receipts, String systemName, String systemVersion, String pluginName,
        String pluginVersion, OrderStatusAfterApproval orderStatusAfterApproval) {

    /** As {@code baseUrl}: remove the saved override. */
    public static final URI NO_OVERRIDE = URI.create("");

    /** A change that leaves the order status after approval as it is (the fields before that setting existed). */
    public SettingsChange(Boolean enabled, Market market, ApiEnvironment environment,
            String testMerchantSerialNumber, String testClientId, String testClientSecret, String testSubscriptionKey,
            String productionMerchantSerialNumber, String productionClientId, String productionClientSecret,
            String productionSubscriptionKey, URI baseUrl, String referencePrefix, CapturePolicy capturePolicy,
            Boolean expressCart, ProductPageButtons expressProductPages, Boolean expressAlwaysAskForAddress,
            ShippingMode shippingMode, Boolean receipts, String systemName, String systemVersion, String pluginName,
            String pluginVersion) {
        this(enabled, market, environment, testMerchantSerialNumber, testClientId, testClientSecret,
                testSubscriptionKey, productionMerchantSerialNumber, productionClientId, productionClientSecret,
                productionSubscriptionKey, baseUrl, referencePrefix, capturePolicy, expressCart, expressProductPages,
                expressAlwaysAskForAddress, shippingMode, receipts, systemName, systemVersion, pluginName,
                pluginVersion, null);
    }

    /** A change of nothing. */
    public static SettingsChange none() {
        return new SettingsChange(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    /** True when this change removes a saved base URL override. */
    public boolean removesBaseUrlOverride() {
        return baseUrl != null && baseUrl.toString().isEmpty();
    }

    @Override
    public String toString() {
        return "SettingsChange[secrets masked]";
    }
}
