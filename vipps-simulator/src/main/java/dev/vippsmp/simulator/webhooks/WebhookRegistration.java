package dev.vippsmp.simulator.webhooks;

import java.time.Instant;
import java.util.List;

/** A merchant's subscription of a URL to events. The secret is shown once, in the answer to the registration. */
record WebhookRegistration(String id, String msn, String url, List<String> events, String secret, Instant createdAt) {

    @Override
    public String toString() {
        return "WebhookRegistration[id=" + id + ", msn=" + msn + ", url=" + url + ", events=" + events + "]";
    }
}
