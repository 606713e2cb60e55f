/** The sales unit's webhook registrations: list, register the shop's endpoint, delete; a warning when none. */
package dev.vippsmp.admin.webhooks;
