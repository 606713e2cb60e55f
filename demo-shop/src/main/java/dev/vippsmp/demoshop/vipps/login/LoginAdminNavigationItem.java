package dev.vippsmp.demoshop.vipps.login;

import dev.vippsmp.demoshop.admin.AdminNavigationItem;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** "Log in with Vipps MobilePay" in the admin menu, after the plugin's payment pages. */
@Component
class LoginAdminNavigationItem implements AdminNavigationItem {

    private final MessageSource messages;
    private final String path;

    LoginAdminNavigationItem(MessageSource messages, @Value("${vipps.admin.path:/admin/vipps}") String adminPath) {
        this.messages = messages;
        this.path = adminPath + "/login";
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String label(Locale locale) {
        return messages.getMessage("vipps.login.admin.title", null, locale);
    }

    @Override
    public int order() {
        return 110;
    }
}
