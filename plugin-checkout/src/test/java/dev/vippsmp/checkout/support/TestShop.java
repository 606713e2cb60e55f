package dev.vippsmp.checkout.support;

import dev.vippsmp.checkout.CheckoutShop;
import dev.vippsmp.core.spi.Address;
import dev.vippsmp.core.spi.BuyerDetails;
import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.spi.ShippingQuote;
import dev.vippsmp.core.spi.ShopOrder;
import dev.vippsmp.core.spi.ShopOrderLine;
import dev.vippsmp.core.spi.VippsShop;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A shop for the tests (both ports are the plugin's own seams): orders and carts in memory, a cart per visitor
 * named by a request header, what it was told, which carts it emptied and which orders it reopened.
 */
public class TestShop implements VippsShop, CheckoutShop {

    /** The header a test visitor names its cart with (a real shop reads its cookie). */
    public static final String CART_HEADER = "X-Test-Cart";
    /** Products the shop marks for the express button when the settings say "some". */
    public static final Set<String> MARKED = Set.of("marked-product");

    private final Map<String, ShopOrder> orders = new ConcurrentHashMap<>();
    private final Map<String, List<ShopOrderLine>> carts = new ConcurrentHashMap<>();
    private final List<PaymentOutcome> outcomes = new CopyOnWriteArrayList<>();
    private final Map<String, BuyerDetails> buyers = new ConcurrentHashMap<>();
    private final List<String> cleared = new CopyOnWriteArrayList<>();
    private final List<String> reopened = new CopyOnWriteArrayList<>();
    private final Set<String> closed = ConcurrentHashMap.newKeySet();
    private volatile boolean delivers = true;

    public String newOrder(long totalMinor, boolean ships) {
        return newOrder(totalMinor, ships, "NOK", Locale.forLanguageTag("nb"));
    }

    /** An order in another market's currency, placed by a buyer reading the given language. */
    public String newOrder(long totalMinor, boolean ships, String currency, Locale language) {
        String id = "o" + UUID.randomUUID().toString().substring(0, 10);
        orders.put(id, order(id, List.of(line(totalMinor, ships)), currency, language));
        return id;
    }

    public String newCart(long totalMinor, boolean ships) {
        String cart = "cart-" + UUID.randomUUID().toString().substring(0, 8);
        carts.put(cart, List.of(line(totalMinor, ships)));
        return cart;
    }

    public boolean hasCart(String cartId) {
        return carts.containsKey(cartId);
    }

    public List<String> clearedCarts() {
        return List.copyOf(cleared);
    }

    public List<String> reopenedOrders() {
        return List.copyOf(reopened);
    }

    /** Whether the shop quotes any delivery at all (false: as a shop that cannot ship the goods anywhere). */
    public void delivers(boolean delivers) {
        this.delivers = delivers;
    }

    /** The order can no longer be paid, as a cancelled one. */
    public void close(String orderId) {
        closed.add(orderId);
    }

    public List<PaymentOutcome> outcomes(String orderId) {
        return outcomes.stream().filter(o -> o.orderId().equals(orderId)).toList();
    }

    public Optional<BuyerDetails> buyer(String orderId) {
        return Optional.ofNullable(buyers.get(orderId));
    }

    @Override
    public Optional<ShopOrder> findOrder(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    @Override
    public void applyOutcome(PaymentOutcome outcome) {
        outcomes.add(outcome);
    }

    @Override
    public String createOrderFromCart(String cartId) {
        List<ShopOrderLine> lines = cartId == null ? null : carts.get(cartId);
        if (lines == null) {
            throw new IllegalArgumentException("No cart " + cartId);
        }
        String id = "x" + UUID.randomUUID().toString().substring(0, 10);
        orders.put(id, order(id, lines, "NOK", Locale.forLanguageTag("nb")));
        return id;
    }

    @Override
    public List<ShippingQuote> quoteShipping(String orderId, Address address) {
        if (!delivers || address != null && !"NO".equals(address.country())) {
            return List.of();
        }
        return List.of(new ShippingQuote("pickup", "Pick up at a post office", "POSTEN", "PICKUP_POINT", 4_900, true,
                null), new ShippingQuote("home", "Home delivery", "POSTEN", "HOME_DELIVERY", 9_900, false, null));
    }

    @Override
    public void attachBuyer(String orderId, BuyerDetails buyer) {
        buyers.put(orderId, buyer);
    }

    @Override
    public Optional<String> currentCart(HttpServletRequest request) {
        String cart = request.getHeader(CART_HEADER);
        return cart != null && carts.containsKey(cart) ? Optional.of(cart) : Optional.empty();
    }

    @Override
    public Optional<String> cartWithProduct(String productId) {
        if (!productId.endsWith("product")) {
            return Optional.empty();
        }
        return Optional.of(newCart(25_000, !productId.startsWith("download")));
    }

    @Override
    public void clearCart(String cartId) {
        carts.remove(cartId);
        cleared.add(cartId);
    }

    @Override
    public boolean expressOnProductPage(String productId) {
        return MARKED.contains(productId);
    }

    @Override
    public boolean reopenForPayment(String orderId) {
        if (closed.contains(orderId) || !orders.containsKey(orderId)) {
            return false;
        }
        reopened.add(orderId);
        return true;
    }

    private static ShopOrderLine line(long totalMinor, boolean ships) {
        return new ShopOrderLine("sku-1", ships ? "Wool socks" : "E-book", BigDecimal.ONE, totalMinor, totalMinor,
                2500, ships);
    }

    private static ShopOrder order(String id, List<ShopOrderLine> lines, String currency, Locale language) {
        return new ShopOrder(id, lines, lines.stream().mapToLong(ShopOrderLine::totalMinor).sum(), currency,
                language, null);
    }
}
