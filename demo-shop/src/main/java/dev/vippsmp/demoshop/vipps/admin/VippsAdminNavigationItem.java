package dev.vippsmp.demoshop.vipps.admin;

import dev.vippsmp.demoshop.admin.AdminNavigationItem;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** "Vipps MobilePay" in the admin menu, after the shop's own entries; active on every page of the plugin. */
@Component
class VippsAdminNavigationItem implements AdminNavigationItem {

    private final MessageSource messages;
    private final String path;

    VippsAdminNavigationItem(MessageSource messages, @Value("${vipps.admin.path:/admin/vipps}") String path) {
        this.messages = messages;
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String label(Locale locale) {
        return messages.getMessage("vipps.admin.brand", null, locale);
    }

    @Override
    public int order() {
        return 100;
    }
}
