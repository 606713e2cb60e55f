package dev.vippsmp.core.autoconfigure;

import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.settings.SettingsService;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/** The {@code vipps} health indicator, when the host has Actuator's health support. */
@AutoConfiguration(after = VippsClientAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(VippsClient.class)
@ConditionalOnEnabledHealthIndicator("vipps")
public final class VippsHealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "vippsHealthIndicator")
    VippsHealthIndicator vippsHealthIndicator(VippsClient client, SettingsService settings) {
        return new VippsHealthIndicator(client, settings);
    }
}
