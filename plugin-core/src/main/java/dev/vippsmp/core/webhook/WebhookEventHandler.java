package dev.vippsmp.core.webhook;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The extension point for a feature outside the core whose webhook events (e.g. the Recurring API's
 * {@code recurring.*}) arrive at the same endpoint. The inbox stays the one entry: it verifies, stores and
 * deduplicates every delivery, and the dispatcher hands a stored event of this handler's to {@link #process}
 * instead of the payments' completion. A host's context may hold several handlers; each names its own events.
 */
public interface WebhookEventHandler {

    /** The event names this handler handles; they are registered with the vendor beside the ePayment events. */
    List<String> events();

    /**
     * The inbox's keys for a delivery of one of {@link #events()}: empty when the body lacks what this handler
     * needs (the delivery is then refused with 400, nothing stored).
     */
    Optional<EventKey> key(JsonNode body);

    /**
     * Processes a stored delivery (the body is a hint; read the real state from the vendor). Returns the outcome
     * stored with the delivery, e.g. {@code PROCESSED} or {@code UNKNOWN_REFERENCE}; throws to be retried later.
     */
    String process(String reference, String eventName, String body);

    /**
     * A delivery's keys: {@code reference} (at most 64 characters) is what the event is about, {@code eventName}
     * its type, and {@code eventId} (at most 100) tells two events of one type and reference apart; the three
     * together are the inbox's unique key, so a repeated delivery is a no-op.
     */
    record EventKey(String reference, String eventName, String eventId) {
    }
}
