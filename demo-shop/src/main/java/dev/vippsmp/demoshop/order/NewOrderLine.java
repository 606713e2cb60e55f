package dev.vippsmp.demoshop.order;

import dev.vippsmp.demoshop.money.Money;

/**
 * A line for a new order, as priced now.
 *
 * @param unitPrice VAT included
 * @param vatRate   in basis points (2500 = 25 %)
 */
public record NewOrderLine(long productId, String sku, String name, int quantity, Money unitPrice, int vatRate,
                           boolean ships, int unitWeightGrams) {

    public NewOrderLine {
        if (quantity < 1) {
            throw new IllegalArgumentException("An order line needs a quantity of at least 1, not " + quantity);
        }
        if (unitPrice.minor() < 0 || vatRate < 0) {
            throw new IllegalArgumentException("Negative price or VAT rate on " + sku);
        }
    }
}
