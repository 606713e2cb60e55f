/** Webhooks API: the sales unit's webhook registrations. */
package dev.vippsmp.core.client.webhooks;
