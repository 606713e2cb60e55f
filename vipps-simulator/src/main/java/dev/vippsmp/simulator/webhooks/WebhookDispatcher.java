package dev.vippsmp.simulator.webhooks;

import dev.vippsmp.simulator.epayment.PaymentEventPublished;
import dev.vippsmp.simulator.faults.Faults;
import dev.vippsmp.simulator.faults.WebhookFault;
import dev.vippsmp.simulator.recurring.RecurringEventPublished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Hands each payment and recurring event to the registrations of its sales unit that subscribe to it. */
@Component
class WebhookDispatcher {

    private final WebhookRegistrations registrations;
    private final WebhookDeliveries deliveries;
    private final Faults faults;
    private final JsonMapper json;

    WebhookDispatcher(WebhookRegistrations registrations, WebhookDeliveries deliveries, Faults faults,
            JsonMapper json) {
        this.registrations = registrations;
        this.deliveries = deliveries;
        this.faults = faults;
        this.json = json;
    }

    @EventListener
    void on(PaymentEventPublished event) {
        dispatch(event.msn(), event.reference(), event.webhookEvent(), event.payload());
    }

    /** Recurring events are ordered by their agreement, so a charge's events never overtake the agreement's. */
    @EventListener
    void on(RecurringEventPublished event) {
        dispatch(event.msn(), event.agreementId(), event.webhookEvent(), event.payload());
    }

    private void dispatch(String msn, String reference, String webhookEvent, Object payload) {
        byte[] body = json.writeValueAsBytes(payload);
        for (WebhookRegistration registration : registrations.of(msn)) {
            if (registration.events().contains(webhookEvent)) {
                WebhookFault fault = faults.takeWebhookFault(webhookEvent, reference).orElse(null);
                deliveries.enqueue(registration, reference, webhookEvent, body, fault);
            }
        }
    }
}
