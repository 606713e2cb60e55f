package dev.vippsmp.core.client;

import java.net.URI;
import java.time.Duration;

/** Everything one call needs to know about where and as whom it talks. Read afresh for every call. */
public record ClientConfiguration(URI baseUrl, ApiCredentials credentials, SystemHeaders systemHeaders,
        Duration connectTimeout, Duration readTimeout, RetrySettings retry) {

    /** The base URL without a trailing slash, so paths can be appended as they are. */
    public String base() {
        String text = baseUrl.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
