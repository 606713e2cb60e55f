package dev.vippsmp.core.settings;

import dev.vippsmp.core.client.ClientConfiguration;
import dev.vippsmp.core.client.ClientConfigurationProvider;
import dev.vippsmp.core.client.RetrySettings;

/** Feeds the API client from the settings in force, read afresh for every call. */
public final class SettingsClientConfiguration implements ClientConfigurationProvider {

    private final SettingsService settings;
    private final VippsProperties.Http http;

    public SettingsClientConfiguration(SettingsService settings, VippsProperties.Http http) {
        this.settings = settings;
        this.http = http;
    }

    @Override
    public ClientConfiguration current() {
        PluginSettings current = settings.current();
        return new ClientConfiguration(current.baseUrl(), current.activeKeys(), current.systemHeaders(),
                http.connectTimeout(), http.readTimeout(), retrySettings(http));
    }

    /** The retry settings of the configuration. */
    public static RetrySettings retrySettings(VippsProperties.Http http) {
        return new RetrySettings(http.maxRetries(), http.initialDelay(), http.multiplier(), http.maxDelay(),
                http.jitter(), http.maxRetryAfter());
    }
}
