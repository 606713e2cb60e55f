package dev.vippsmp.simulator.webhooks;

import dev.vippsmp.simulator.config.DaemonThreads;
import dev.vippsmp.simulator.config.Resettable;
import dev.vippsmp.simulator.config.SimulatorClock;
import dev.vippsmp.simulator.config.SimulatorProperties;
import dev.vippsmp.simulator.faults.WebhookFault;
import dev.vippsmp.simulator.journal.OutboundEntry;
import dev.vippsmp.simulator.journal.OutboundLog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Delivers webhooks asynchronously, signed, with the vendor's retries. Deliveries wait in lanes, one per
 * registration and payment: a lane sends one delivery at a time and a failing delivery blocks the ones behind it,
 * so a receiver sees each payment's events in order. An answer other than 2xx, a redirect, or no answer within the
 * timeout counts as a failure. Every attempt goes to the {@link OutboundLog}.
 */
@Component
class WebhookDeliveries implements Resettable, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliveries.class);

    private final WebhookRegistrations registrations;
    private final OutboundLog log;
    private final SimulatorClock clock;
    private final SimulatorProperties.Webhooks settings;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final Map<String, Long> failingSince = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2,
            DaemonThreads.named("vipps-simulator-webhooks-"));
    private final ExecutorService httpExecutor = Executors.newCachedThreadPool(
            DaemonThreads.named("vipps-simulator-webhook-http-"));
    private final HttpClient client;

    WebhookDeliveries(WebhookRegistrations registrations, OutboundLog log, SimulatorClock clock,
            SimulatorProperties properties) {
        this.registrations = registrations;
        this.log = log;
        this.clock = clock;
        this.settings = properties.webhooks();
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).executor(httpExecutor).build();
    }

    /** Queues an event for a registration, applying a webhook fault if one was taken for it. */
    void enqueue(WebhookRegistration registration, String reference, String event, byte[] body, WebhookFault fault) {
        if (fault != null && fault.action() == WebhookFault.Action.DROP) {
            log.add(entry(new Delivery(registration, reference, event, body, 0), null, null, null, "DROPPED", 0, null));
            return;
        }
        String key = registration.id() + "|" + reference;
        long now = System.nanoTime();
        Lane lane;
        while (true) {
            lane = lanes.computeIfAbsent(key, id -> new Lane(registration.id()));
            synchronized (lane) {
                if (!lane.retired) {
                    break;
                }
            }
        }
        synchronized (lane) {
            Delivery delivery = new Delivery(registration, reference, event, body, now);
            if (fault != null && fault.action() == WebhookFault.Action.DELAY) {
                delivery.dueNanos = now + fault.delay().toNanos();
            }
            if (fault != null && fault.action() == WebhookFault.Action.REORDER) {
                delivery.heldUntilNanos = now + fault.delay().toNanos();
            }
            lane.pending.addLast(delivery);
            if (fault != null && fault.action() == WebhookFault.Action.DUPLICATE) {
                lane.pending.addLast(new Delivery(registration, reference, event, body, now));
            }
        }
        pump(lane, generation.get());
    }

    /** Deliveries not yet made, per registration. */
    Map<String, Integer> pendingByRegistration() {
        Map<String, Integer> pending = new ConcurrentHashMap<>();
        lanes.values().forEach(lane -> {
            synchronized (lane) {
                pending.merge(lane.registrationId, lane.pending.size(), Integer::sum);
            }
        });
        return pending;
    }

    /** Forgets the lanes of a deleted registration. */
    void forget(String registrationId) {
        lanes.entrySet().removeIf(entry -> entry.getValue().registrationId.equals(registrationId));
        failingSince.remove(registrationId);
    }

    private void pump(Lane lane, long expectedGeneration) {
        Delivery next;
        long waitNanos;
        synchronized (lane) {
            if (lane.busy || lane.pending.isEmpty() || expectedGeneration != generation.get()) {
                return;
            }
            long now = System.nanoTime();
            Delivery head = lane.pending.peekFirst();
            if (head.heldUntilNanos > 0) {
                if (lane.pending.size() > 1) {
                    // Reorder: the event after the held one goes first.
                    lane.pending.pollFirst();
                    Delivery overtaking = lane.pending.pollFirst();
                    head.heldUntilNanos = 0;
                    lane.pending.addFirst(head);
                    lane.pending.addFirst(overtaking);
                    head = overtaking;
                } else if (head.heldUntilNanos > now) {
                    schedule(lane, head.heldUntilNanos - now, expectedGeneration);
                    return;
                } else {
                    head.heldUntilNanos = 0;
                }
            }
            lane.busy = true;
            next = head;
            waitNanos = Math.max(0, next.dueNanos - now);
        }
        scheduler.schedule(() -> send(lane, next, expectedGeneration), waitNanos, TimeUnit.NANOSECONDS);
    }

    private void schedule(Lane lane, long delayNanos, long expectedGeneration) {
        scheduler.schedule(() -> pump(lane, expectedGeneration), delayNanos, TimeUnit.NANOSECONDS);
    }

    private void send(Lane lane, Delivery delivery, long expectedGeneration) {
        if (expectedGeneration != generation.get()) {
            return;
        }
        delivery.attempt++;
        WebhookRegistration registration = delivery.registration;
        Map<String, String> headers = WebhookSigner.headers(registration.url(),
                ZonedDateTime.now(ZoneOffset.UTC), delivery.body, registration.secret());
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(registration.url())).timeout(settings.timeout())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body))
                    .header("Content-Type", "application/json");
            headers.forEach(request::header);
        } catch (IllegalArgumentException e) {
            finish(lane, delivery, null, null, "The URL cannot be called: " + e.getMessage(), headers, 0,
                    expectedGeneration);
            return;
        }
        long started = System.nanoTime();
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                finish(lane, delivery, null, null, describe(cause), headers, millis, expectedGeneration);
            } else {
                finish(lane, delivery, response.statusCode(), response.body(), null, headers, millis,
                        expectedGeneration);
            }
        });
    }

    private void finish(Lane lane, Delivery delivery, Integer status, String responseBody, String error,
            Map<String, String> headers, long millis, long expectedGeneration) {
        if (expectedGeneration != generation.get()) {
            return;
        }
        boolean delivered = status != null && status >= 200 && status < 300;
        String registrationId = delivery.registration.id();
        String outcome;
        Instant nextAttemptAt = null;
        synchronized (lane) {
            if (delivered) {
                lane.pending.remove(delivery);
                failingSince.remove(registrationId);
                outcome = "DELIVERED";
            } else {
                long now = System.nanoTime();
                Duration wait = RetrySchedule.scaled(RetrySchedule.waitBefore(delivery.attempt + 1),
                        settings.retryTimeScale());
                Duration retryFor = RetrySchedule.scaled(settings.retryFor(), settings.retryTimeScale());
                if (now + wait.toNanos() - delivery.firstQueuedNanos > retryFor.toNanos()) {
                    lane.pending.remove(delivery);
                    outcome = "GAVE_UP";
                } else {
                    delivery.dueNanos = now + wait.toNanos();
                    nextAttemptAt = clock.now().plus(wait);
                    outcome = "FAILED";
                }
            }
            lane.busy = false;
            if (lane.pending.isEmpty()) {
                // An idle lane goes, so that lanes do not pile up; a new event opens a new one.
                lane.retired = true;
                lanes.remove(registrationId + "|" + delivery.reference, lane);
            }
        }
        log.add(entry(delivery, status, responseBody, error, outcome, millis, nextAttemptAt, headers));
        if (!delivered && failingTooLong(registrationId)) {
            LOG.info("Deleting webhook registration {}: its deliveries have failed for {}", registrationId,
                    settings.deleteAfterFailing());
            registrations.remove(registrationId);
            forget(registrationId);
            return;
        }
        pump(lane, expectedGeneration);
    }

    private boolean failingTooLong(String registrationId) {
        long now = System.nanoTime();
        long since = failingSince.computeIfAbsent(registrationId, id -> now);
        Duration limit = RetrySchedule.scaled(settings.deleteAfterFailing(), settings.retryTimeScale());
        return now - since > limit.toNanos();
    }

    private OutboundEntry entry(Delivery delivery, Integer status, String responseBody, String error, String outcome,
            long millis, Instant nextAttemptAt) {
        return entry(delivery, status, responseBody, error, outcome, millis, nextAttemptAt, Map.of());
    }

    private OutboundEntry entry(Delivery delivery, Integer status, String responseBody, String error, String outcome,
            long millis, Instant nextAttemptAt, Map<String, String> headers) {
        Map<String, List<String>> shown = new java.util.LinkedHashMap<>();
        headers.forEach((name, value) -> shown.put(name, List.of(value)));
        return new OutboundEntry(log.nextId(), clock.now(), "WEBHOOK", delivery.registration.url(),
                OutboundLog.masked(shown), new String(delivery.body, StandardCharsets.UTF_8), status,
                responseBody == null || responseBody.isEmpty() ? null : cut(responseBody), error, outcome, millis,
                delivery.reference, delivery.event, delivery.registration.id(),
                delivery.attempt == 0 ? null : delivery.attempt, nextAttemptAt);
    }

    private static String cut(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
    }

    private static String describe(Throwable error) {
        if (error instanceof java.net.http.HttpTimeoutException) {
            return "No answer within the timeout";
        }
        if (error instanceof java.net.ConnectException) {
            return "Connection refused";
        }
        return error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }

    @Override
    public void reset() {
        generation.incrementAndGet();
        lanes.clear();
        failingSince.clear();
    }

    @Override
    public void destroy() {
        generation.incrementAndGet();
        scheduler.shutdownNow();
        httpExecutor.shutdownNow();
    }

    /** The deliveries of one registration for one payment, in order. Guarded by its own monitor. */
    private static final class Lane {

        private final String registrationId;
        private final Deque<Delivery> pending = new ArrayDeque<>();
        private boolean busy;
        private boolean retired;

        Lane(String registrationId) {
            this.registrationId = registrationId;
        }
    }

    private static final class Delivery {

        private final WebhookRegistration registration;
        private final String reference;
        private final String event;
        private final byte[] body;
        private final long firstQueuedNanos;
        private long dueNanos;
        private long heldUntilNanos;
        private int attempt;

        Delivery(WebhookRegistration registration, String reference, String event, byte[] body, long queuedNanos) {
            this.registration = registration;
            this.reference = reference;
            this.event = event;
            this.body = body;
            this.firstQueuedNanos = queuedNanos;
            this.dueNanos = queuedNanos;
        }
    }
}
