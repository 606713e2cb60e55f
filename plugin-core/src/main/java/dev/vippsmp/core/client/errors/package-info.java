/**
 * The one exception hierarchy of the plugin's API client: {@link dev.vippsmp.core.client.errors.VippsApiException}
 * with a subclass per {@link dev.vippsmp.core.client.errors.ErrorCategory}. Callers branch on the class, the
 * category or the vendor's error code, never on message text.
 */
package dev.vippsmp.core.client.errors;
