package dev.vippsmp.simulator.webhooks;

import dev.vippsmp.simulator.auth.Caller;
import dev.vippsmp.simulator.config.SimulatorClock;
import dev.vippsmp.simulator.config.SimulatorProperties;
import dev.vippsmp.simulator.epayment.EventName;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.Fields;
import dev.vippsmp.simulator.http.UrlPolicy;
import dev.vippsmp.simulator.recurring.RecurringEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Webhooks API under {@code /webhooks/v1/webhooks}. Unlike the vendor, the simulator accepts plain-http URLs on
 * loopback hosts, so a shop on a developer's machine can receive deliveries.
 */
@RestController
class WebhookController {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> REGISTER_FIELDS = Set.of("url", "events");

    private final WebhookRegistrations registrations;
    private final WebhookDeliveries deliveries;
    private final UrlPolicy urls;
    private final SimulatorClock clock;
    private final int maxPerEvent;

    WebhookController(WebhookRegistrations registrations, WebhookDeliveries deliveries, UrlPolicy urls,
            SimulatorClock clock, SimulatorProperties properties) {
        this.registrations = registrations;
        this.deliveries = deliveries;
        this.urls = urls;
        this.clock = clock;
        this.maxPerEvent = properties.webhooks().maxPerEvent();
    }

    @GetMapping("/webhooks/v1/webhooks")
    WebhookList list(@RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        return new WebhookList(registrations.of(caller.msn()).stream()
                .map(registration -> new Webhook(registration.id(), registration.url(), registration.events()))
                .toList());
    }

    @PostMapping("/webhooks/v1/webhooks")
    ResponseEntity<Registered> register(@RequestAttribute(Caller.ATTRIBUTE) Caller caller,
            HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        Fields fields = Fields.parse(request, body, false);
        for (String name : fields.node().propertyNames()) {
            if (!REGISTER_FIELDS.contains(name)) {
                throw ApiProblem.invalid(null, name, "is not a known property");
            }
        }
        String url = fields.requiredText("url", null);
        urls.check(url, "url", null, false);
        List<String> events = fields.texts("events", null);
        if (events == null || events.isEmpty()) {
            throw ApiProblem.invalid(null, "events", "must list at least one event");
        }
        for (String event : events) {
            if (EventName.ofWebhookEvent(event).isEmpty() && RecurringEvent.ofWebhookEvent(event).isEmpty()) {
                throw ApiProblem.invalid(null, "events", "'" + event + "' is not an event the simulator sends; "
                        + "the ePayment events are epayments.payment.<created|aborted|expired|cancelled|captured|"
                        + "refunded|authorized|terminated>.v1 and the recurring ones recurring.<agreement-activated|"
                        + "agreement-rejected|agreement-stopped|agreement-expired|charge-reserved|charge-captured|"
                        + "charge-canceled|charge-failed|charge-creation-failed|charge-refunded>.v1");
            }
            if (registrations.countFor(caller.msn(), event) >= maxPerEvent) {
                throw ApiProblem.invalid(null, "events", "at most " + maxPerEvent + " webhooks may subscribe to " + event);
            }
        }
        WebhookRegistration registration = new WebhookRegistration(UUID.randomUUID().toString(), caller.msn(), url,
                List.copyOf(new LinkedHashSet<>(events)), newSecret(), clock.now());
        registrations.add(registration);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Registered(registration.id(), registration.secret()));
    }

    @DeleteMapping("/webhooks/v1/webhooks/{id}")
    ResponseEntity<Void> delete(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, @PathVariable String id) {
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(null, "id", "must be a UUID");
        }
        WebhookRegistration registration = registrations.find(id)
                .filter(found -> found.msn().equals(caller.msn()))
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "No webhook " + id + " for MSN " + caller.msn()));
        registrations.remove(registration.id());
        deliveries.forget(registration.id());
        return ResponseEntity.noContent().build();
    }

    record Webhook(String id, String url, List<String> events) {
    }

    record WebhookList(List<Webhook> webhooks) {
    }

    record Registered(String id, String secret) {
    }

    /** Like the vendor's: 64 random bytes, Base64. The signing key is the text of this secret, not its bytes. */
    private static String newSecret() {
        byte[] bytes = new byte[64];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
