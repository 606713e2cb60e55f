package dev.vippsmp.core.settings;

import dev.vippsmp.core.client.ClientConfiguration;
import dev.vippsmp.core.client.ClientConfigurationProvider;
import dev.vippsmp.core.client.RetrySettings;

/**
 * Feeds the API client from the settings in force, asked for every call. The configuration is built again only
 * when the settings are another instance, which {@link SettingsService} hands out only after a change.
 */
public final class SettingsClientConfiguration implements ClientConfigurationProvider {

    private final SettingsService settings;
    private final VippsProperties.Http http;
    private volatile Built built;

    public SettingsClientConfiguration(SettingsService settings, VippsProperties.Http http) {
        this.settings = settings;
        this.http = http;
    }

    @Override
    public ClientConfiguration current() {
        PluginSettings current = settings.current();
        Built last = built;
        if (last != null && last.from() == current) {
            return last.configuration();
        }
        ClientConfiguration configuration = new ClientConfiguration(current.baseUrl(), current.activeKeys(),
                current.systemHeaders(), http.connectTimeout(), http.readTimeout(), retrySettings(http));
        built = new Built(current, configuration);
        return configuration;
    }

    private record Built(PluginSettings from, ClientConfiguration configuration) {
    }

    /** The retry settings of the configuration. */
    public static RetrySettings retrySettings(VippsProperties.Http http) {
        return new RetrySettings(http.maxRetries(), http.initialDelay(), http.multiplier(), http.maxDelay(),
                http.jitter(), http.maxRetryAfter());
    }
}
