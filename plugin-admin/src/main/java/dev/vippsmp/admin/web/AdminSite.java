package dev.vippsmp.admin.web;

import java.util.Comparator;
import java.util.List;

/**
 * Where the admin pages live and what frames them; templates read it as {@code ${vippsAdmin}}, controllers use it
 * for redirects.
 *
 * @param base the URL prefix, e.g. {@code /admin/vipps}
 * @param layout the Thymeleaf template with the {@code layout(title, content)} fragment
 * @param tabs other modules' tabs, shown after the admin's own, in their order
 */
public record AdminSite(String base, String layout, List<AdminTab> tabs) {

    public AdminSite {
        tabs = tabs.stream().sorted(Comparator.comparingInt(AdminTab::order)).toList();
    }

    public static AdminSite of(VippsAdminProperties properties, List<AdminTab> tabs) {
        return new AdminSite(properties.path(), properties.layout(), tabs);
    }

    public String settings() {
        return base + "/settings";
    }

    public String preview() {
        return settings() + "/preview";
    }

    public String connection() {
        return settings() + "/connection";
    }

    public String connectionCheck() {
        return connection() + "/check";
    }

    public String history() {
        return settings() + "/history";
    }

    public String payments() {
        return base + "/payments";
    }

    public String payment(String reference) {
        return payments() + "/" + reference;
    }

    public String webhooks() {
        return base + "/webhooks";
    }

    public String dashboard() {
        return base + "/dashboard";
    }

    public String assets() {
        return base + "/assets";
    }
}
