package dev.vippsmp.core.settings;

import java.net.URI;

/** The vendor's test and production environments; each has its own keys. */
public enum ApiEnvironment {
    TEST("https://apitest.vipps.no"), PRODUCTION("https://api.vipps.no");

    private final URI baseUrl;

    ApiEnvironment(String baseUrl) {
        this.baseUrl = URI.create(baseUrl);
    }

    public URI baseUrl() {
        return baseUrl;
    }
}
