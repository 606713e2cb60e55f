package dev.vippsmp.admin.web;

/**
 * A tab of another module's admin pages beside the admin's own (settings, payments, webhooks, dashboard): a bean
 * of this type is all it takes for the tab to appear on every admin page, in the host's menu entry for the plugin.
 *
 * @param id what a page passes to the {@code top(active)} fragment to mark the tab as the current one
 * @param path where it leads, under the admin prefix, e.g. {@code /subscriptions}
 * @param labelKey the message key of its label, in the module's bundle
 * @param order position after the admin's own tabs, smallest first
 */
public record AdminTab(String id, String path, String labelKey, int order) {

    public AdminTab {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("An admin tab's path starts with /, not " + path);
        }
    }
}
