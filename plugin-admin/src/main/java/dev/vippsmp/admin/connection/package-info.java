/**
 * "Test connection": fetches an access token with keys that are not saved yet and lists the webhooks, then says
 * in words an admin can act on which key is wrong or why the vendor could not be reached.
 */
package dev.vippsmp.admin.connection;
