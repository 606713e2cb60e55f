package dev.vippsmp.login.web;

import dev.vippsmp.core.settings.PluginSettings;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.login.VippsLogin;
import dev.vippsmp.login.oidc.VippsClientRegistrations;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the host renders the {@code vippsLogin} button, so a template needs only the fragment. */
@ControllerAdvice(annotations = Controller.class)
public class LoginButtonAdvice {

    public static final String ATTRIBUTE = "vippsLogin";

    private final VippsClientRegistrations registrations;
    private final SettingsService settings;
    private final VippsLogin login;

    public LoginButtonAdvice(VippsClientRegistrations registrations, SettingsService settings, VippsLogin login) {
        this.registrations = registrations;
        this.settings = settings;
        this.login = login;
    }

    @ModelAttribute(ATTRIBUTE)
    LoginButton button() {
        PluginSettings current = settings.current();
        return new LoginButton(registrations.available(current), current.brand().displayName(), login.loginPath());
    }
}
