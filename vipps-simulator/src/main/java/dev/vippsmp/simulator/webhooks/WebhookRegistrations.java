package dev.vippsmp.simulator.webhooks;

import dev.vippsmp.simulator.config.Resettable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The webhook registrations of every sales unit. */
@Component
class WebhookRegistrations implements Resettable {

    private final Map<String, WebhookRegistration> byId = new ConcurrentHashMap<>();

    void add(WebhookRegistration registration) {
        byId.put(registration.id(), registration);
    }

    /** A sales unit's registrations, oldest first. */
    List<WebhookRegistration> of(String msn) {
        return byId.values().stream().filter(registration -> registration.msn().equals(msn))
                .sorted(Comparator.comparing(WebhookRegistration::createdAt)).toList();
    }

    List<WebhookRegistration> all() {
        return byId.values().stream().sorted(Comparator.comparing(WebhookRegistration::createdAt)).toList();
    }

    Optional<WebhookRegistration> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    boolean remove(String id) {
        return byId.remove(id) != null;
    }

    long countFor(String msn, String event) {
        return of(msn).stream().filter(registration -> registration.events().contains(event)).count();
    }

    @Override
    public void reset() {
        byId.clear();
    }
}
