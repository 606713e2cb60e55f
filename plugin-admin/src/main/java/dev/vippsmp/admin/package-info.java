/**
 * What a shop admin touches, under one URL prefix ({@code vipps.admin.path}, {@code /admin/vipps} by default) and
 * behind the host's Spring Security: the settings page with the {@code Vipps-System-*} header preview and "Test
 * connection", the payments with capture, refund and cancel, the webhook registrations, and the API dashboard.
 * Everything here is built on the public API of {@code plugin-core}; nothing in the core knows this module.
 */
package dev.vippsmp.admin;
