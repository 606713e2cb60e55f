package dev.vippsmp.core.settings;

import dev.vippsmp.core.client.ApiCredentials;
import dev.vippsmp.core.client.SystemHeaders;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The headers the next API call will carry, with secrets masked, and where it will go. */
public record HeaderPreview(String baseUrl, Map<String, String> headers) {

    /**
     * The identity headers a call to {@code baseUrl} with these keys and system values carries, in the order the
     * client sends them; the bearer token and the subscription key masked.
     */
    public static HeaderPreview of(URI baseUrl, ApiCredentials keys, SystemHeaders systemHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer ****");
        headers.put("Ocp-Apim-Subscription-Key", ApiCredentials.mask(keys.subscriptionKey()));
        headers.put("Merchant-Serial-Number", keys.merchantSerialNumber() == null ? "" : keys.merchantSerialNumber());
        headers.putAll(systemHeaders.asHeaders());
        return new HeaderPreview(baseUrl.toString(), Collections.unmodifiableMap(headers));
    }
}
