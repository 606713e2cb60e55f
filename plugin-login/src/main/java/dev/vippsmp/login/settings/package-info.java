/**
 * The login's settings: what an admin saved (one row of {@code vipps_login_settings}, in a schema history of the
 * login's own so it never collides with the core's), else {@code vipps.login.*}. Read on every login, so a change
 * applies to the next one on every node.
 */
package dev.vippsmp.login.settings;
