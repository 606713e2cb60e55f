package dev.vippsmp.demoshop.catalog;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.vippsmp.demoshop.market.Market;
import dev.vippsmp.demoshop.money.Money;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The products on sale in the shop's market. A product without a price in the market's currency, or taken off
 * sale, is not for sale: it is neither listed nor found.
 *
 * <p>Every node keeps the products for sale in memory for {@link CatalogProperties#cacheTtl()} and reads them again
 * after that, all at once, as the catalogue page shows them all anyway. Nothing in the shop writes a product while
 * it runs (they come from the migrations), so there is nothing to evict on other nodes; a change made in the
 * database directly shows on every node within that time. Checkout compares the total the buyer saw with the total
 * of the node placing the order, so two nodes briefly disagreeing on a price stops the order instead of changing it.
 */
@Service
public class Catalog {

    /** The one key: the products are read and kept together. */
    private static final String FOR_SALE = "for-sale";

    private final ProductRepository products;
    private final Market market;
    private final TransactionTemplate readOnly;
    private final LoadingCache<String, Snapshot> snapshot;

    Catalog(ProductRepository products, Market market, PlatformTransactionManager transactionManager,
            CatalogProperties properties) {
        this.products = products;
        this.market = market;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.snapshot = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl()).build(key -> read());
    }

    public List<ProductView> productsForSale(Locale locale) {
        return current().inOrder().stream()
                .map(product -> view(product, locale))
                .flatMap(Optional::stream)
                .toList();
    }

    public Optional<ProductView> bySlug(String slug, Locale locale) {
        return Optional.ofNullable(current().bySlug().get(slug)).flatMap(product -> view(product, locale));
    }

    /** The products of the given ids that are for sale, by id; ids of other products are left out. */
    public Map<Long, ProductView> byIds(Collection<Long> ids, Locale locale) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, CatalogEntry> byId = current().byId();
        return ids.stream().distinct()
                .map(byId::get)
                .filter(Objects::nonNull)
                .map(product -> view(product, locale))
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
    }

    private Snapshot current() {
        return snapshot.get(FOR_SALE);
    }

    private Snapshot read() {
        List<CatalogEntry> entries = readOnly.execute(status -> products.findByActiveTrueOrderByPosition().stream()
                .map(CatalogEntry::of)
                .toList());
        return new Snapshot(entries);
    }

    private Optional<ProductView> view(CatalogEntry product, Locale locale) {
        String currency = market.currency().getCurrencyCode();
        return product.priceMinor(currency).map(price -> {
            ProductText text = product.text(locale);
            return new ProductView(product.id(), product.slug(), product.sku(), text.name(), text.description(),
                    product.image(), product.kind(), product.kind().ships(), product.weightGrams(),
                    new Money(price, market.currency()), market.vatRate(product.taxClass()));
        });
    }

    /** The products on sale, in the catalogue's order, by id and by slug. */
    private record Snapshot(List<CatalogEntry> inOrder, Map<Long, CatalogEntry> byId,
                            Map<String, CatalogEntry> bySlug) {

        Snapshot(List<CatalogEntry> inOrder) {
            this(List.copyOf(inOrder), index(inOrder, CatalogEntry::id), index(inOrder, CatalogEntry::slug));
        }

        private static <K> Map<K, CatalogEntry> index(List<CatalogEntry> entries, Function<CatalogEntry, K> key) {
            return entries.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a,
                    LinkedHashMap::new));
        }
    }
}
