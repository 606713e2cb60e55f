package dev.vippsmp.core.webhook;

import dev.vippsmp.core.webhook.internal.WebhookEvent;
import dev.vippsmp.core.webhook.internal.WebhookInboxEntity;
import dev.vippsmp.core.webhook.internal.WebhookRegistrationEntity;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Store, then process: the second of a delivery's three steps (after {@link WebhookVerifier verify}, before
 * {@link WebhookDispatcher dispatch}). {@link #store} keeps a verified delivery under a unique key (reference,
 * event name, event pspReference) and returns, so the endpoint can answer 2xx at once; the dispatcher processes it
 * afterwards on another thread. A duplicate is a no-op, and an event for an unknown reference is stored (and
 * ignored when dispatched).
 */
public class WebhookInbox {

    private static final int MAX_BODY = 8000;
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The plugin's own tables behind webhooks, for the host's persistence unit. */
    public static final List<String> ENTITY_CLASSES = List.of(WebhookInboxEntity.class.getName(),
            WebhookRegistrationEntity.class.getName());

    /** What became of a delivery. */
    public enum Receipt { STORED, DUPLICATE }

    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final List<WebhookEventHandler> handlers;
    private final InboxWriter writer;

    public WebhookInbox(EntityManager entityManager, TransactionTemplate transactions, WebhookDispatcher dispatcher,
            Clock clock) {
        this(entityManager, transactions, dispatcher, clock, List.of());
    }

    /** With the handlers of the features outside the core, whose events are stored here too. */
    public WebhookInbox(EntityManager entityManager, TransactionTemplate transactions, WebhookDispatcher dispatcher,
            Clock clock, List<WebhookEventHandler> handlers) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.clock = clock;
        this.handlers = List.copyOf(handlers);
        this.writer = new InboxWriter(entityManager, transactions, dispatcher::dispatchSoon);
    }

    /**
     * Stores a verified delivery; the deliveries stored with it are handed to the dispatcher together, and their
     * processing follows asynchronously.
     *
     * @throws InvalidWebhookException when it is not a readable event (answer 400; nothing stored)
     */
    public Receipt store(VerifiedDelivery delivery) {
        byte[] body = delivery.body();
        WebhookEvent event = parse(body);
        String key = key(event.reference(), event.name(), event.pspReference());
        String payload = new String(body, StandardCharsets.UTF_8);
        Long id;
        try {
            // No look for the key first: the unique key refuses a duplicate, which is rare (a retry of the vendor's).
            id = writer.write(() -> new WebhookInboxEntity(key, event.reference(), event.name(),
                    event.pspReference(), event.success(), payload, now()));
        } catch (RuntimeException e) {
            if (exists(key)) {
                return Receipt.DUPLICATE; // Stored before, by an earlier delivery of it or by another node.
            }
            throw e;
        }
        if (id == null) {
            return Receipt.DUPLICATE; // The same delivery twice in one batch.
        }
        return Receipt.STORED;
    }

    /** Newest first, for support. */
    public List<InboxEntry> recent(int limit) {
        return transactions.execute(status -> entityManager.createQuery(
                        "select w from WebhookInboxEntity w order by w.id desc", WebhookInboxEntity.class)
                .setMaxResults(limit).getResultStream().map(WebhookInbox::entry).toList());
    }

    public Optional<InboxEntry> find(String reference, String eventName, String pspReference) {
        String key = key(reference, eventName, pspReference);
        return transactions.execute(status -> entityManager.createQuery(
                        "select w from WebhookInboxEntity w where w.dedupKey = :key", WebhookInboxEntity.class)
                .setParameter("key", key).getResultStream().findFirst().map(WebhookInbox::entry));
    }

    private static String key(String reference, String eventName, String pspReference) {
        return reference + "|" + eventName + "|" + pspReference;
    }

    private WebhookEvent parse(byte[] body) {
        if (body.length > MAX_BODY) {
            throw new InvalidWebhookException("The webhook body is larger than " + MAX_BODY + " bytes");
        }
        WebhookEvent event;
        try {
            // The ePayment events, nearly all of a shop's deliveries, are read once, straight into the event; only
            // a body that may name a feature's event type (it has the text "eventType" somewhere) is read as a tree
            // first, to find that type. A body with the text elsewhere (in a value) still ends as before.
            if (handlers.isEmpty() || !mayNameEventType(body)) {
                event = JSON.readValue(body, WebhookEvent.class);
            } else {
                JsonNode tree = JSON.readTree(body);
                event = featureEvent(tree);
                if (event == null) {
                    event = JSON.treeToValue(tree, WebhookEvent.class);
                }
            }
        } catch (InvalidWebhookException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidWebhookException("The webhook body is not a JSON event");
        }
        if (event == null || blank(event.reference()) || blank(event.name()) || blank(event.pspReference())) {
            throw new InvalidWebhookException("The webhook event lacks reference, name or pspReference");
        }
        if (event.reference().length() > 64 || event.name().length() > 80 || event.pspReference().length() > 100) {
            throw new InvalidWebhookException("The webhook event has an overlong field");
        }
        return event;
    }

    /** An event of a feature's handler (named by {@code eventType}, as the Recurring API does), or null. */
    private WebhookEvent featureEvent(JsonNode tree) {
        JsonNode type = tree == null ? null : tree.get("eventType");
        if (type == null || !type.isString()) {
            return null;
        }
        String name = type.asString();
        for (WebhookEventHandler handler : handlers) {
            if (handler.events().contains(name)) {
                WebhookEventHandler.EventKey key = handler.key(tree).orElseThrow(() ->
                        new InvalidWebhookException("The " + name + " event lacks the fields it is keyed by"));
                return new WebhookEvent(null, key.reference(), key.eventId(), key.eventName(), null, null);
            }
        }
        return null;
    }

    private static final byte[] EVENT_TYPE = "\"eventType\"".getBytes(StandardCharsets.UTF_8);

    /** Whether the raw body holds {@code "eventType"}; JSON escapes could spell a name otherwise, see below. */
    private static boolean mayNameEventType(byte[] body) {
        outer:
        for (int i = 0; i <= body.length - EVENT_TYPE.length; i++) {
            for (int j = 0; j < EVENT_TYPE.length; j++) {
                if (body[i + j] != EVENT_TYPE[j]) {
                    continue outer;
                }
            }
            return true;
        }
        // A name spelt with a Unicode escape is the same name to a JSON reader: any backslash in
        // the body sends it the long way, so no feature event is mistaken for an ePayment one.
        for (byte b : body) {
            if (b == '\\') {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private boolean exists(String key) {
        Long count = transactions.execute(status -> entityManager.createQuery(
                        "select count(w) from WebhookInboxEntity w where w.dedupKey = :key", Long.class)
                .setParameter("key", key).getSingleResult());
        return count != null && count > 0;
    }

    /**
     * Now, in whole milliseconds: every database keeps those exactly, so a time written and compared at the same
     * instant stays equal (a database rounding nanoseconds up would make a fresh delivery look not yet due).
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static InboxEntry entry(WebhookInboxEntity w) {
        return new InboxEntry(w.getId(), w.getReference(), w.getEventName(), w.getPspReference(), w.getSuccess(),
                w.getReceivedAt(), w.getProcessedAt(), w.getOutcome(), w.getAttempts(), w.getLastError());
    }
}
