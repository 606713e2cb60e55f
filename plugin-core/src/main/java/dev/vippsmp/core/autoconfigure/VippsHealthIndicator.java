package dev.vippsmp.core.autoconfigure;

import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.settings.PluginSettings;
import dev.vippsmp.core.settings.SettingsService;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Up when an access token can be had for the current keys (from the cache, so this costs a call to the vendor at
 * most once per token life); unknown when the plugin is off or not configured; down with the error category,
 * status and code otherwise. Shows no key.
 */
public final class VippsHealthIndicator implements HealthIndicator {

    private final VippsClient client;
    private final SettingsService settings;

    public VippsHealthIndicator(VippsClient client, SettingsService settings) {
        this.client = client;
        this.settings = settings;
    }

    @Override
    public Health health() {
        PluginSettings current = settings.current();
        if (!current.isUsable()) {
            return Health.unknown().withDetail("reason", "disabled or keys incomplete")
                    .withDetail("environment", current.environment().name()).build();
        }
        try {
            client.verifyAccessToken();
            return Health.up().withDetail("environment", current.environment().name())
                    .withDetail("baseUrl", current.baseUrl().toString()).build();
        } catch (VippsApiException e) {
            Health.Builder down = Health.down().withDetail("environment", current.environment().name())
                    .withDetail("category", e.category().name()).withDetail("status", e.status());
            if (e.errorCode() != null) {
                down.withDetail("errorCode", e.errorCode());
            }
            return down.build();
        }
    }
}
