package dev.vippsmp.simulator.webhooks;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /simulator/webhooks}: every registration of every sales unit (no secrets), with what is still queued. */
@RestController
class WebhookOverviewController {

    private final WebhookRegistrations registrations;
    private final WebhookDeliveries deliveries;

    WebhookOverviewController(WebhookRegistrations registrations, WebhookDeliveries deliveries) {
        this.registrations = registrations;
        this.deliveries = deliveries;
    }

    @GetMapping("/simulator/webhooks")
    List<Overview> all() {
        Map<String, Integer> pending = deliveries.pendingByRegistration();
        return registrations.all().stream().map(registration -> new Overview(registration.id(), registration.msn(),
                registration.url(), registration.events(), registration.createdAt(),
                pending.getOrDefault(registration.id(), 0))).toList();
    }

    record Overview(String id, String msn, String url, List<String> events, java.time.Instant createdAt,
            int pendingDeliveries) {
    }
}
