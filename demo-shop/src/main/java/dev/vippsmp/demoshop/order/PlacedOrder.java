package dev.vippsmp.demoshop.order;

import dev.vippsmp.demoshop.money.Money;

/**
 * A freshly stored order, with the secret token of the buyer's link to it.
 *
 * @param token the secret for the buyer's order page, {@code /orders/{id}?token=...}
 */
public record PlacedOrder(long id, String token, Money total) {

    /** The buyer's page for this order, relative to the shop's root. */
    public String buyerPath() {
        return OrderLinks.buyerPath(id, token);
    }
}
