package dev.vippsmp.demoshop.shipping;

import dev.vippsmp.demoshop.money.Money;

/**
 * What is sent, as far as its price depends on it.
 *
 * @param weightGrams weight of the goods that ship
 * @param goodsTotal value of the goods (VAT included), which decides free shipping
 */
public record Parcel(long weightGrams, Money goodsTotal) {

    public Parcel {
        if (weightGrams < 0) {
            throw new IllegalArgumentException("A parcel cannot weigh " + weightGrams + " g");
        }
    }
}
