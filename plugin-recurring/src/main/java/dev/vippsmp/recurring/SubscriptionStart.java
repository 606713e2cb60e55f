package dev.vippsmp.recurring;

import java.net.URI;

/**
 * A started subscription: send the shopper to {@code redirectUrl} (the app's confirmation page); they come back
 * through the plugin's return endpoint to the order's return page.
 */
public record SubscriptionStart(String agreementId, URI redirectUrl) {
}
