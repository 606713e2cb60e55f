package dev.vippsmp.demoshop.catalog;

import dev.vippsmp.demoshop.market.Market;
import dev.vippsmp.demoshop.money.Money;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The products on sale in the shop's market. A product without a price in the market's currency, or taken off
 * sale, is not for sale: it is neither listed nor found.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private final ProductRepository products;
    private final Market market;

    Catalog(ProductRepository products, Market market) {
        this.products = products;
        this.market = market;
    }

    public List<ProductView> productsForSale(Locale locale) {
        return products.findByActiveTrueOrderByPosition().stream()
                .map(product -> view(product, locale))
                .flatMap(Optional::stream)
                .toList();
    }

    public Optional<ProductView> bySlug(String slug, Locale locale) {
        return products.findBySlugAndActiveTrue(slug).flatMap(product -> view(product, locale));
    }

    /** The products of the given ids that are for sale, by id; ids of other products are left out. */
    public Map<Long, ProductView> byIds(Collection<Long> ids, Locale locale) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return products.findByIdIn(ids).stream()
                .filter(Product::active)
                .map(product -> view(product, locale))
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
    }

    private Optional<ProductView> view(Product product, Locale locale) {
        String currency = market.currency().getCurrencyCode();
        return product.priceMinor(currency).map(price -> {
            ProductText text = product.text(locale);
            return new ProductView(product.id(), product.slug(), product.sku(), text.name(), text.description(),
                    product.image(), product.kind(), product.kind().ships(), product.weightGrams(),
                    new Money(price, market.currency()), market.vatRate(product.taxClass()));
        });
    }
}
