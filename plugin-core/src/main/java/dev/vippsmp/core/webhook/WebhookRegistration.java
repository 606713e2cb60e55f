package dev.vippsmp.core.webhook;

import java.util.List;

/**
 * A registration at the vendor, and whether this plugin holds its secret (only registrations made through the
 * plugin can be verified).
 */
public record WebhookRegistration(String id, String url, List<String> events, boolean secretKnown) {
}
