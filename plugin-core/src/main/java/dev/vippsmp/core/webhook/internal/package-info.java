/** Storage of webhook deliveries and registrations. */
package dev.vippsmp.core.webhook.internal;
