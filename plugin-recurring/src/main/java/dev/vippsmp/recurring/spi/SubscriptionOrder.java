package dev.vippsmp.recurring.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * A subscription the shopper is about to sign up for, as the shop hands it to the plugin.
 *
 * @param orderId the shop's id of the subscription order (also sent as the agreement's {@code externalId})
 * @param customerId the shop's id of the subscriber, by which "my subscriptions" lists them
 * @param product what is subscribed to
 * @param language the subscriber's language, for the texts the plugin shows them
 * @param phoneNumber the subscriber's phone number to pre-fill in the app, or null
 * @param returnPage the shop's page (a path on the shop, e.g. {@code /account/subscriptions}) the shopper lands on
 *         after the app
 */
public record SubscriptionOrder(String orderId, String customerId, SubscriptionProduct product, Locale language,
        String phoneNumber, String returnPage) {

    public SubscriptionOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(returnPage, "returnPage");
        if (orderId.isBlank() || orderId.length() > 64) {
            throw new IllegalArgumentException("An order id is 1 to 64 characters");
        }
        if (!returnPage.startsWith("/") || returnPage.startsWith("//")) {
            throw new IllegalArgumentException("The return page is a path on the shop, starting with one /");
        }
    }
}
