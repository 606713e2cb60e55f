/**
 * The Recurring API v3 (agreements and their charges), on the same executor as ePayment: one token cache, the same
 * headers, retries with backoff, call log and error hierarchy. Bodies are the API's own shapes, amounts in minor units.
 * State-changing calls take the {@code Idempotency-Key} from the caller, who derives it from the agreement, the
 * period and the operation, so a retry after a timeout or a crash repeats the same key.
 */
package dev.vippsmp.core.client.recurring;
