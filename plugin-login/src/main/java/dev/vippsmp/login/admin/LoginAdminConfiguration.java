package dev.vippsmp.login.admin;

import dev.vippsmp.login.VippsLoginProperties;
import dev.vippsmp.login.settings.LoginSettingsService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the login's admin page; the auto-configuration imports it, so the controller stays package-private. */
@Configuration(proxyBeanMethods = false)
public class LoginAdminConfiguration {

    @Bean
    LoginSettingsController vippsLoginSettingsController(LoginSettingsService settings,
            VippsLoginProperties properties) {
        return new LoginSettingsController(settings, properties);
    }
}
