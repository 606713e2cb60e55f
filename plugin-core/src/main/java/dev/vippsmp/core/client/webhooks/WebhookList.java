package dev.vippsmp.core.client.webhooks;

import java.util.List;

/** The answer of the list call. */
public record WebhookList(List<Webhook> webhooks) {
}
