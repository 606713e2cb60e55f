package dev.vippsmp.demoshop.catalog;

import dev.vippsmp.demoshop.money.Money;

/**
 * A product as a shopper sees it: texts in the shopper's language, price in the shop's currency (VAT included).
 *
 * @param vatRate the VAT rate in basis points (2500 = 25 %)
 * @param ships   whether the product is sent by post; the others are delivered by email
 */
public record ProductView(long id, String slug, String sku, String name, String description, String imageUrl,
                          ProductKind kind, boolean ships, int weightGrams, Money price, int vatRate) {
}
