package dev.vippsmp.demoshop.catalog;

import dev.vippsmp.demoshop.market.TaxClass;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A product for sale as the catalogue keeps it between reads: a copy of the row and its texts and prices, detached
 * from the persistence context, so that every thread may read it.
 */
record CatalogEntry(long id, String slug, String sku, ProductKind kind, TaxClass taxClass, int weightGrams,
                    String image, Map<String, ProductText> texts, Map<String, Long> prices) {

    CatalogEntry {
        texts = Map.copyOf(texts);
        prices = Map.copyOf(prices);
    }

    static CatalogEntry of(Product product) {
        return new CatalogEntry(product.id(), product.slug(), product.sku(), product.kind(), product.taxClass(),
                product.weightGrams(), product.image(), product.texts(), product.prices());
    }

    /** The text in the language asked for, else in English. */
    ProductText text(Locale locale) {
        ProductText text = texts.get(locale.getLanguage());
        return text != null ? text : texts.get(Product.FALLBACK_LANGUAGE);
    }

    /** The price in a currency, if the product is sold in it. */
    Optional<Long> priceMinor(String currencyCode) {
        return Optional.ofNullable(prices.get(currencyCode));
    }
}
