package dev.vippsmp.simulator.webhooks;

import dev.vippsmp.simulator.epayment.PaymentEventPublished;
import dev.vippsmp.simulator.faults.Faults;
import dev.vippsmp.simulator.faults.WebhookFault;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Hands each payment event to the registrations of its sales unit that subscribe to it. */
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
        byte[] body = json.writeValueAsBytes(event.payload());
        for (WebhookRegistration registration : registrations.of(event.msn())) {
            if (registration.events().contains(event.webhookEvent())) {
                WebhookFault fault = faults.takeWebhookFault(event.webhookEvent(), event.reference()).orElse(null);
                deliveries.enqueue(registration, event.reference(), event.webhookEvent(), body, fault);
            }
        }
    }
}
