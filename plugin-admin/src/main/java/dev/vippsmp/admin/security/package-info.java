/**
 * The plugin's own guard behind the host's Spring Security: every request under the prefix needs the configured
 * authority, and every change needs a CSRF token that matches the session's, even when the host's chain does not
 * check it for these paths.
 */
package dev.vippsmp.admin.security;
