package dev.vippsmp.demoshop.sandbox;

import dev.vippsmp.demoshop.market.Market;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simulator's documented demo sales unit of each market, whose keys sandbox mode hands to the plugin. They are
 * keys the simulator accepts and nothing else does, so they may sit in the code.
 */
record SimulatorMerchant(String merchantSerialNumber, String clientId, String clientSecret, String subscriptionKey) {

    static SimulatorMerchant of(Market market) {
        return switch (market) {
            case NORWAY -> new SimulatorMerchant("123456", "sim-client-id", "sim-client-secret",
                    "sim-subscription-key");
            case DENMARK -> new SimulatorMerchant("654321", "sim-dk-client-id", "sim-dk-client-secret",
                    "sim-dk-subscription-key");
            case FINLAND -> new SimulatorMerchant("765432", "sim-fi-client-id", "sim-fi-client-secret",
                    "sim-fi-subscription-key");
        };
    }

    /** The plugin's properties that point it at the simulator with these keys, in the test environment. */
    Map<String, Object> pluginProperties(String baseUrl, Market market) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(SandboxSimulator.BASE_URL_PROPERTY, baseUrl);
        properties.put("vipps.market", market.country());
        properties.put("vipps.environment", "TEST");
        properties.put("vipps.test.merchant-serial-number", merchantSerialNumber);
        properties.put("vipps.test.client-id", clientId);
        properties.put("vipps.test.client-secret", clientSecret);
        properties.put("vipps.test.subscription-key", subscriptionKey);
        return properties;
    }

    @Override
    public String toString() {
        return "SimulatorMerchant[msn=" + merchantSerialNumber + ", keys masked]";
    }
}
