package dev.vippsmp.simulator.faults;

import dev.vippsmp.simulator.config.Resettable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** The faults waiting for API calls and webhook deliveries, applied first come, first served. */
@Component
public class Faults implements Resettable {

    private final List<Fault> apiFaults = new CopyOnWriteArrayList<>();
    private final List<WebhookFault> webhookFaults = new CopyOnWriteArrayList<>();

    void add(Fault fault) {
        apiFaults.add(fault);
    }

    void add(WebhookFault fault) {
        webhookFaults.add(fault);
    }

    /** The first fault matching an API call, with one of its uses taken. */
    Optional<Fault> takeApiFault(String method, String path, String operation) {
        for (Fault fault : apiFaults) {
            if (fault.matches(method, path, operation) && fault.take()) {
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    /** The first fault matching a webhook delivery, with one of its uses taken. */
    public Optional<WebhookFault> takeWebhookFault(String event, String reference) {
        for (WebhookFault fault : webhookFaults) {
            if (fault.matches(event, reference) && fault.take()) {
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    List<Fault> apiFaults() {
        return List.copyOf(apiFaults);
    }

    List<WebhookFault> webhookFaults() {
        return List.copyOf(webhookFaults);
    }

    boolean remove(String id) {
        return apiFaults.removeIf(fault -> fault.id().equals(id)) | webhookFaults.removeIf(fault -> fault.id().equals(id));
    }

    void clearApiFaults() {
        apiFaults.clear();
    }

    void clearWebhookFaults() {
        webhookFaults.clear();
    }

    @Override
    public void reset() {
        apiFaults.clear();
        webhookFaults.clear();
    }

    /** Takes one use: -1 remaining means unlimited. */
    static boolean take(AtomicInteger remaining, AtomicInteger applied) {
        while (true) {
            int left = remaining.get();
            if (left == 0) {
                return false;
            }
            if (left < 0 || remaining.compareAndSet(left, left - 1)) {
                applied.incrementAndGet();
                return true;
            }
        }
    }
}
