package dev.vippsmp.core.settings;

import dev.vippsmp.core.client.ApiCredentials;
import dev.vippsmp.core.client.SystemHeaders;
import java.net.URI;
import java.time.Instant;

/**
 * The settings in force: what an admin saved, else the configuration's initial value. {@link #toString()} masks
 * every secret.
 *
 * @param baseUrl where API calls go: the saved override, else {@code vipps.base-url}, else the environment's URL
 * @param orderStatusAfterApproval the order status the shop should set once a payment is approved
 * @param version increases with every save; 0 before the first
 */
public record PluginSettings(boolean enabled, Market market, ApiEnvironment environment, ApiCredentials testKeys,
        ApiCredentials productionKeys, URI baseUrl, String referencePrefix,
        OrderStatusAfterApproval orderStatusAfterApproval, CapturePolicy capturePolicy, ExpressSettings express, ShippingMode shippingMode, boolean receipts, SystemHeaders systemHeaders,
        long version, Instant updatedAt, String updatedBy) {

    /** The key set of the selected environment. */
    public ApiCredentials activeKeys() {
        return environment == ApiEnvironment.PRODUCTION ? productionKeys : testKeys;
    }

    public Brand brand() {
        return market.brand();
    }

    public String currency() {
        return market.currency();
    }

    /** True when the payment method can be offered: enabled and a complete key set for the environment. */
    public boolean isUsable() {
        return enabled && activeKeys().isComplete();
    }
}
