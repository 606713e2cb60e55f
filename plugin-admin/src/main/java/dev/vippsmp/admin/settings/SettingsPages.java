package dev.vippsmp.admin.settings;

import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.core.settings.VippsProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The settings page and its history. */
@Configuration(proxyBeanMethods = false)
@Import(SettingsController.class)
public class SettingsPages {

    @Bean
    SettingsPage vippsAdminSettingsPage(SettingsService settings, VippsProperties properties,
            MessageSource messageSource) {
        return new SettingsPage(settings, properties, messageSource);
    }
}
