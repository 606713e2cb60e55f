/**
 * The admin area under {@code /admin}: form login (ROLE_ADMIN, credentials from {@code demo.admin.*}), the order
 * list, an order's detail page and its status changes. The menu is built from
 * {@link dev.vippsmp.demoshop.admin.AdminNavigationItem} beans, so a plugin's admin pages appear beside the shop's.
 * {@code SecurityConfiguration} also sets the rules for the rest of the shop: open pages, CSRF on every form.
 */
package dev.vippsmp.demoshop.admin;
