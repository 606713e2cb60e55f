package dev.vippsmp.demoshop.admin;

import java.util.Locale;

/**
 * An entry of the admin area's menu. The shop has its own (orders); a plugin adds its admin pages to the menu by
 * declaring beans of this type, and builds those pages on the template fragment {@code admin/layout :: layout}.
 */
public interface AdminNavigationItem {

    /** Where the entry leads, under {@code /admin/}, e.g. {@code /admin/vipps/settings}. */
    String path();

    /** The entry's text in the admin's language. */
    String label(Locale locale);

    /** Position in the menu, smallest first; the shop's own entries use 0 to 99. */
    default int order() {
        return 500;
    }
}
