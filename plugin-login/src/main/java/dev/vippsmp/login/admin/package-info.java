/**
 * The login's admin page under the admin prefix ({@code /admin/vipps/login}): on or off, the scopes, the automatic
 * return to the browser, creating customers, and whose client (test or production) the login uses. It lies behind
 * the host's admin security and CSRF protection, as every admin page does.
 */
package dev.vippsmp.login.admin;
