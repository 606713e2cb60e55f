package dev.vippsmp.demoshop.order;

import dev.vippsmp.demoshop.money.Money;

/** A line of an order as sold; prices include VAT, the VAT rate is in basis points. */
public record OrderLineView(int position, long productId, String sku, String name, int quantity, Money unitPrice,
                            int vatRate, Money lineTotal, Money vat, boolean ships, int unitWeightGrams) {
}
