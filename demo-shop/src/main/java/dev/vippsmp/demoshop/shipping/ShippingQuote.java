package dev.vippsmp.demoshop.shipping;

import dev.vippsmp.demoshop.money.Money;

/**
 * A delivery option with its price for one destination and parcel.
 *
 * @param id        stable identifier of the option ({@code home-delivery}, {@code pickup-point}, {@code mailbox},
 *                  {@code free-pickup-point}), what a form or the Express API sends back
 * @param name      shown to the buyer, in the language asked for
 * @param price     VAT included; zero for free shipping
 * @param vatRate   the VAT rate inside the price, in basis points
 * @param isDefault whether this option is preselected
 */
public record ShippingQuote(String id, ShippingType type, Carrier carrier, String name, Money price, int vatRate,
                            int minDays, int maxDays, boolean isDefault) {

    public Money vat() {
        return price.vatIncluded(vatRate);
    }
}
