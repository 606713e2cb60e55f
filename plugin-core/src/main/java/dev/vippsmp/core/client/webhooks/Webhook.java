package dev.vippsmp.core.client.webhooks;

import java.util.List;

/** A registration as the vendor lists it. */
public record Webhook(String id, String url, List<String> events) {
}
