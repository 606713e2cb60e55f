/**
 * When the plugin next reads a payment or retries a webhook: {@link dev.vippsmp.core.polling.PollSchedule} makes
 * every such decision (the first read after creation, the back-off, the vendor's {@code Retry-After}, the cap, the
 * capture grace, when to give up, and the webhook inbox's retries), so the reconciler, the completion path and the
 * webhook dispatcher only ask it.
 */
package dev.vippsmp.core.polling;
