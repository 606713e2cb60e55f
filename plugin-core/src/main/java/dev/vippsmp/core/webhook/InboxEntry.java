package dev.vippsmp.core.webhook;

import java.time.Instant;

/**
 * A stored delivery. {@code outcome} is null until processed, then PROCESSED, UNKNOWN_REFERENCE (stored and
 * ignored) or FAILED (gave up after the configured attempts; left for an admin).
 */
public record InboxEntry(long id, String reference, String eventName, String pspReference, Boolean success,
        Instant receivedAt, Instant processedAt, String outcome, int attempts, String lastError) {
}
