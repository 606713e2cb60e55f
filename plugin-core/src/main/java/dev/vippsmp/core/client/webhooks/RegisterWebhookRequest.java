package dev.vippsmp.core.client.webhooks;

import java.util.List;

/** Body of the register call: an HTTPS URL and the event names. */
public record RegisterWebhookRequest(String url, List<String> events) {
}
