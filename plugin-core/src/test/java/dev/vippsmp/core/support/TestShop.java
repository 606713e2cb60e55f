package dev.vippsmp.core.support;

import dev.vippsmp.core.spi.Address;
import dev.vippsmp.core.spi.BuyerDetails;
import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.spi.ShippingQuote;
import dev.vippsmp.core.spi.ShopOrder;
import dev.vippsmp.core.spi.ShopOrderLine;
import dev.vippsmp.core.spi.VippsShop;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A shop for the tests (the SPI is the plugin's own seam). It keeps orders in memory and records what it is told
 * only when the plugin's transaction commits, the way a shop writing to the same database would see it.
 */
public class TestShop implements VippsShop {

    private final Map<String, ShopOrder> orders = new ConcurrentHashMap<>();
    private final Map<String, List<ShopOrderLine>> carts = new ConcurrentHashMap<>();
    private final List<PaymentOutcome> outcomes = new CopyOnWriteArrayList<>();
    private final Map<String, BuyerDetails> buyers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> orderReads = new ConcurrentHashMap<>();
    private volatile boolean refuseNext;
    private volatile List<ShippingQuote> quotes = List.of(
            new ShippingQuote("pickup", "Pick up at a post office", "POSTEN", "PICKUP_POINT", 4900, true, null),
            new ShippingQuote("home", "Home delivery", "POSTEN", "HOME_DELIVERY", 9900, false, null));

    /** A new order of one line with a unique id. */
    public String newOrder(long totalMinor, boolean ships) {
        String id = UUID.randomUUID().toString().substring(0, 13);
        putOrder(id, totalMinor, ships);
        return id;
    }

    public void putOrder(String id, long totalMinor, boolean ships) {
        orders.put(id, new ShopOrder(id, List.of(new ShopOrderLine("sku-" + id, ships ? "Wool socks" : "E-book",
                BigDecimal.ONE, totalMinor, totalMinor, 2500, ships)), totalMinor, "NOK", Locale.forLanguageTag("nb"),
                "https://shop.example/orders/" + id));
    }

    public String newCart(long totalMinor, boolean ships) {
        String cart = "cart-" + UUID.randomUUID().toString().substring(0, 8);
        carts.put(cart, List.of(new ShopOrderLine("sku-1", ships ? "Wool socks" : "E-book", BigDecimal.ONE,
                totalMinor, totalMinor, 2500, ships)));
        return cart;
    }

    public void setQuotes(List<ShippingQuote> quotes) {
        this.quotes = List.copyOf(quotes);
    }

    public List<PaymentOutcome> outcomes(String orderId) {
        return outcomes.stream().filter(o -> o.orderId().equals(orderId)).toList();
    }

    public Optional<BuyerDetails> buyer(String orderId) {
        return Optional.ofNullable(buyers.get(orderId));
    }

    @Override
    public Optional<ShopOrder> findOrder(String orderId) {
        orderReads.computeIfAbsent(orderId, id -> new AtomicInteger()).incrementAndGet();
        return Optional.ofNullable(orders.get(orderId));
    }

    /** How often the plugin has read the order so far, for tests of what a path costs the shop. */
    public int orderReads(String orderId) {
        AtomicInteger reads = orderReads.get(orderId);
        return reads == null ? 0 : reads.get();
    }

    /** The next outcome the plugin tells is refused, as a shop whose database failed would. */
    public void refuseNextOutcome() {
        refuseNext = true;
    }

    @Override
    public void applyOutcome(PaymentOutcome outcome) {
        if (refuseNext) {
            refuseNext = false;
            throw new IllegalStateException("The shop could not store the outcome");
        }
        afterCommit(() -> outcomes.add(outcome));
    }

    @Override
    public String createOrderFromCart(String cartId) {
        List<ShopOrderLine> lines = carts.get(cartId);
        if (lines == null) {
            throw new IllegalArgumentException("No cart " + cartId);
        }
        String id = "x" + UUID.randomUUID().toString().substring(0, 12);
        orders.put(id, new ShopOrder(id, lines, lines.stream().mapToLong(ShopOrderLine::totalMinor).sum(), "NOK",
                Locale.forLanguageTag("nb"), null));
        return id;
    }

    @Override
    public List<ShippingQuote> quoteShipping(String orderId, Address address) {
        if (address != null && !"NO".equals(address.country())) {
            return List.of();
        }
        return quotes;
    }

    @Override
    public void attachBuyer(String orderId, BuyerDetails buyer) {
        afterCommit(() -> buyers.put(orderId, buyer));
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("The plugin must tell the shop inside its transaction");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
