package dev.vippsmp.recurring.webhook;

import dev.vippsmp.recurring.SubscriptionEvent.Source;
import dev.vippsmp.core.webhook.WebhookEventHandler;
import dev.vippsmp.recurring.charging.ChargeCompletion;
import dev.vippsmp.recurring.lifecycle.AgreementCompletion;
import dev.vippsmp.recurring.store.ChargeRow;
import dev.vippsmp.recurring.store.ChargeStore;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Recurring API's webhook events, stored and deduplicated by the core's inbox like the ePayment ones. A
 * delivery is only a hint of which agreement or charge changed: it is handed to the agreement's or the charge's
 * completion path, which reads the vendor's state.
 */
public class RecurringWebhookHandler implements WebhookEventHandler {

    static final List<String> AGREEMENT_EVENTS = List.of("recurring.agreement-activated.v1",
            "recurring.agreement-rejected.v1", "recurring.agreement-stopped.v1", "recurring.agreement-expired.v1");
    static final List<String> CHARGE_EVENTS = List.of("recurring.charge-reserved.v1",
            "recurring.charge-captured.v1", "recurring.charge-canceled.v1", "recurring.charge-failed.v1",
            "recurring.charge-refunded.v1");
    static final String PROCESSED = "PROCESSED";
    static final String UNKNOWN_REFERENCE = "UNKNOWN_REFERENCE";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> EVENTS = java.util.stream.Stream.concat(AGREEMENT_EVENTS.stream(),
            CHARGE_EVENTS.stream()).toList();

    private final AgreementCompletion agreements;
    private final ChargeCompletion charges;
    private final ChargeStore chargeRows;

    public RecurringWebhookHandler(AgreementCompletion agreements, ChargeCompletion charges, ChargeStore chargeRows) {
        this.agreements = agreements;
        this.charges = charges;
        this.chargeRows = chargeRows;
    }

    @Override
    public List<String> events() {
        return EVENTS;
    }

    /**
     * Keyed by the agreement (the inbox's reference), the event type, and the charge with the event's time: two
     * refunds of one charge, or captures of two periods, are two events; a redelivery of one is a duplicate.
     */
    @Override
    public Optional<EventKey> key(JsonNode body) {
        String agreementId = text(body, "agreementId");
        String eventType = text(body, "eventType");
        String occurred = text(body, "occurred");
        String chargeId = text(body, "chargeId");
        if (agreementId == null || agreementId.length() > 64 || eventType == null || occurred == null) {
            return Optional.empty();
        }
        if (CHARGE_EVENTS.contains(eventType) && chargeId == null) {
            return Optional.empty();
        }
        String eventId = (chargeId == null ? "agreement" : chargeId) + "@" + occurred;
        return eventId.length() > 100 ? Optional.empty() : Optional.of(new EventKey(agreementId, eventType, eventId));
    }

    @Override
    public String process(String reference, String eventName, String body) {
        if (AGREEMENT_EVENTS.contains(eventName)) {
            return agreements.complete(reference, Source.WEBHOOK).isPresent() ? PROCESSED : UNKNOWN_REFERENCE;
        }
        String chargeId = text(JSON.readTree(body), "chargeId");
        Optional<ChargeRow> row = chargeRows.findByChargeId(reference, chargeId);
        if (row.isEmpty()) {
            // The initial charge's row is made when the agreement is found active, and its capture may be handled
            // before the agreement's own event: complete the agreement, then look again.
            if (agreements.complete(reference, Source.WEBHOOK).isEmpty()) {
                return UNKNOWN_REFERENCE;
            }
            row = chargeRows.findByChargeId(reference, chargeId);
        }
        if (row.isEmpty()) {
            return UNKNOWN_REFERENCE;
        }
        charges.complete(reference, row.get().period(), Source.WEBHOOK);
        return PROCESSED;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        return value == null || !value.isString() || value.asString().isBlank() ? null : value.asString();
    }
}
