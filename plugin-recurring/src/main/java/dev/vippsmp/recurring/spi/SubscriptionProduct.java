package dev.vippsmp.recurring.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a subscription product is, as the agreement needs it.
 *
 * @param productId the shop's id of the product
 * @param productName shown in the app on the agreement, at most 45 characters (the API's limit)
 * @param price the price of one period in minor units (10.00 NOK is 1000), at least 100 as the API requires
 * @param currency the ISO 4217 code, e.g. {@code NOK}
 * @param intervalUnit the unit of one period
 * @param intervalCount how many units one period is, 1 to 31 (the API's limit)
 * @param ships whether each period ships something; when not, the agreement asks only for the subscriber's name,
 *         email and phone number (Userinfo), never for an address
 */
public record SubscriptionProduct(String productId, String productName, long price, String currency,
        IntervalUnit intervalUnit, int intervalCount, boolean ships) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public SubscriptionProduct {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(intervalUnit, "intervalUnit");
        if (productName.isBlank() || productName.length() > 45) {
            throw new IllegalArgumentException("A product name is 1 to 45 characters");
        }
        if (price < 100) {
            throw new IllegalArgumentException("A period's price is at least 100 minor units");
        }
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("A currency is an ISO 4217 code such as NOK");
        }
        if (intervalCount < 1 || intervalCount > 31) {
            throw new IllegalArgumentException("An interval count is 1 to 31");
        }
    }
}
