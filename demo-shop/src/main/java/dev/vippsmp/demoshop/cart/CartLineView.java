package dev.vippsmp.demoshop.cart;

import dev.vippsmp.demoshop.catalog.ProductView;
import dev.vippsmp.demoshop.money.Money;

/** A line of the cart priced from the catalogue as it is now. */
public record CartLineView(long lineId, ProductView product, int quantity) {

    public Money lineTotal() {
        return product.price().times(quantity);
    }

    /** The VAT inside {@link #lineTotal()}. */
    public Money vat() {
        return lineTotal().vatIncluded(product.vatRate());
    }

    public long weightGrams() {
        return (long) product.weightGrams() * quantity;
    }
}
