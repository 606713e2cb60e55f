package dev.vippsmp.core.settings;

import java.net.URI;

/**
 * What an admin submits on the settings page. A null field is left as it is; a null or blank secret keeps the
 * stored one, so the page never needs to show a secret to keep it.
 */
public record SettingsChange(Boolean enabled, Market market, ApiEnvironment environment,
        String testMerchantSerialNumber, String testClientId, String testClientSecret, String testSubscriptionKey,
        String productionMerchantSerialNumber, String productionClientId, String productionClientSecret,
        String productionSubscriptionKey, URI baseUrl, String referencePrefix, CapturePolicy capturePolicy,
        Boolean expressCart, ProductPageButtons expressProductPages, Boolean expressAlwaysAskForAddress,
        ShippingMode shippingMode, Boolean receipts, String systemName, String systemVersion, String pluginName,
        String pluginVersion) {

    /** A change of nothing, to build on with the {@code with...} style of the caller's choice. */
    public static SettingsChange none() {
        return new SettingsChange(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "SettingsChange[secrets masked]";
    }
}
