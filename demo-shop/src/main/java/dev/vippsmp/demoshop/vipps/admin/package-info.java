/**
 * The plugin's admin pages in the shop's admin area: a menu entry that leads to them. They live under
 * {@code /admin/vipps}, inside the shop's {@code /admin} rule (login and role ADMIN, CSRF on every form), and draw
 * themselves in the shop's admin frame ({@code vipps.admin.layout=admin/layout}).
 */
package dev.vippsmp.demoshop.vipps.admin;
