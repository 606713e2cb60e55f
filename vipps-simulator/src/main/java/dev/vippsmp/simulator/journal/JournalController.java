package dev.vippsmp.simulator.journal;

import java.util.List;
import java.util.function.Predicate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /simulator/journal}: what clients sent, and {@code /simulator/outbound}: what the simulator sent to
 * merchants (webhooks, shipping callbacks).
 */
@RestController
class JournalController {

    private static final String DEFAULT_LIMIT = "500";

    private final Journal journal;
    private final OutboundLog outbound;

    JournalController(Journal journal, OutboundLog outbound) {
        this.journal = journal;
        this.outbound = outbound;
    }

    /**
     * Received requests, oldest first.
     *
     * @param pathPrefix only paths starting with this, e.g. {@code /epayment/}
     * @param sinceId only entries with a larger id
     * @param reference only requests whose path or body mention this payment reference
     */
    @GetMapping("/simulator/journal")
    List<JournalEntry> journal(@RequestParam(required = false) String pathPrefix,
            @RequestParam(required = false) String method, @RequestParam(required = false) String operation,
            @RequestParam(required = false) Long sinceId, @RequestParam(required = false) String reference,
            @RequestParam(defaultValue = DEFAULT_LIMIT) int limit) {
        Predicate<JournalEntry> filter = entry -> (pathPrefix == null || entry.path().startsWith(pathPrefix))
                && (method == null || entry.method().equalsIgnoreCase(method))
                && (operation == null || operation.equalsIgnoreCase(entry.operation()))
                && (sinceId == null || entry.id() > sinceId)
                && (reference == null || entry.path().contains(reference)
                        || (entry.body() != null && entry.body().contains("\"" + reference + "\"")));
        return journal.find(filter, Math.max(1, limit));
    }

    @DeleteMapping("/simulator/journal")
    ResponseEntity<Void> clearJournal() {
        journal.reset();
        return ResponseEntity.noContent().build();
    }

    /**
     * Sent requests, oldest first.
     *
     * @param kind {@code WEBHOOK} or {@code SHIPPING_CALLBACK}
     */
    @GetMapping("/simulator/outbound")
    List<OutboundEntry> outbound(@RequestParam(required = false) String kind,
            @RequestParam(required = false) String reference, @RequestParam(required = false) String event,
            @RequestParam(required = false) Long sinceId, @RequestParam(defaultValue = DEFAULT_LIMIT) int limit) {
        Predicate<OutboundEntry> filter = entry -> (kind == null || entry.kind().equalsIgnoreCase(kind))
                && (reference == null || reference.equals(entry.reference()))
                && (event == null || event.equals(entry.event()))
                && (sinceId == null || entry.id() > sinceId);
        return outbound.find(filter, Math.max(1, limit));
    }

    @DeleteMapping("/simulator/outbound")
    ResponseEntity<Void> clearOutbound() {
        outbound.reset();
        return ResponseEntity.noContent().build();
    }
}
