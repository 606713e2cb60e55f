package dev.vippsmp.demoshop.cart;

import dev.vippsmp.demoshop.catalog.Catalog;
import dev.vippsmp.demoshop.catalog.ProductView;
import dev.vippsmp.demoshop.market.Market;
import dev.vippsmp.demoshop.web.ClientError;
import dev.vippsmp.demoshop.web.SecretTokens;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carts, found by the token in the shopper's cookie. A cart is created on the first "add", never for just looking,
 * and never under a token the browser made up. Quantities and products are checked before anything is written.
 */
@Service
@Transactional
public class CartService {

    private final CartRepository carts;
    private final Catalog catalog;
    private final Market market;
    private final Clock clock;

    CartService(CartRepository carts, Catalog catalog, Market market, Clock clock) {
        this.carts = carts;
        this.catalog = catalog;
        this.market = market;
        this.clock = clock;
    }

    /** The cart of a token, priced now; empty when the token is absent or unknown. */
    @Transactional(readOnly = true)
    public CartView view(String token, Locale locale) {
        Optional<Cart> cart = find(token);
        if (token != null) {
            RequestItemCount.remember(token, cart.map(CartService::itemCount).orElse(0L));
        }
        return cart.map(found -> view(found, locale)).orElseGet(() -> new CartView(List.of(), market.currency()));
    }

    /** Number of items, for the cart link in the page header. */
    @Transactional(readOnly = true)
    public long itemCount(String token) {
        if (!SecretTokens.isWellFormed(token)) {
            return 0;
        }
        OptionalLong known = RequestItemCount.recall(token);
        return known.isPresent() ? known.getAsLong() : carts.countItems(token);
    }

    /**
     * Adds a product, creating the cart if the token finds none.
     *
     * @return the cart's token, new when a cart was created
     */
    public String add(String token, long productId, int quantity) {
        checkQuantity(quantity);
        RequestItemCount.forget();
        if (catalog.byIds(List.of(productId), Locale.ROOT).isEmpty()) {
            throw ClientError.notFound("error.product-not-found");
        }
        Instant now = clock.instant();
        Cart cart = find(token).orElseGet(() -> carts.save(new Cart(SecretTokens.newToken(), now)));
        Optional<CartLine> existing = cart.lineFor(productId);
        if (existing.isPresent()) {
            int total = existing.get().quantity() + quantity;
            if (total > CartLimits.MAX_QUANTITY) {
                throw ClientError.badRequest("error.quantity-too-large", CartLimits.MAX_QUANTITY);
            }
            existing.get().quantity(total);
            cart.touch(now);
        } else {
            if (cart.lines().size() >= CartLimits.MAX_LINES) {
                throw ClientError.badRequest("error.cart-full", CartLimits.MAX_LINES);
            }
            cart.addLine(productId, quantity, now);
        }
        return cart.token();
    }

    public void changeQuantity(String token, long lineId, int quantity) {
        checkQuantity(quantity);
        RequestItemCount.forget();
        Cart cart = requireCart(token);
        CartLine line = cart.line(lineId).orElseThrow(() -> ClientError.notFound("error.cart-line-not-found"));
        line.quantity(quantity);
        cart.touch(clock.instant());
    }

    public void remove(String token, long lineId) {
        RequestItemCount.forget();
        Cart cart = requireCart(token);
        CartLine line = cart.line(lineId).orElseThrow(() -> ClientError.notFound("error.cart-line-not-found"));
        cart.removeLine(line, clock.instant());
    }

    /** Empties the cart, after an order has been placed from it. */
    public void clear(String token) {
        RequestItemCount.forget();
        if (SecretTokens.isWellFormed(token)) {
            carts.deleteByToken(token);
        }
    }

    /** Deletes carts nobody has touched since the given time; returns how many. */
    public int deleteUntouchedSince(Instant before) {
        return carts.deleteUntouchedSince(before);
    }

    private Optional<Cart> find(String token) {
        return SecretTokens.isWellFormed(token) ? carts.findByToken(token) : Optional.empty();
    }

    private Cart requireCart(String token) {
        return find(token).orElseThrow(() -> ClientError.notFound("error.cart-line-not-found"));
    }

    /** As {@link CartRepository#countItems} counts: every line, a product taken off sale too. */
    private static long itemCount(Cart cart) {
        return cart.lines().stream().mapToLong(CartLine::quantity).sum();
    }

    private CartView view(Cart cart, Locale locale) {
        List<Long> productIds = cart.lines().stream().map(CartLine::productId).toList();
        Map<Long, ProductView> products = catalog.byIds(productIds, locale);
        // A product taken off sale since it was added simply drops out of what can be bought.
        List<CartLineView> lines = cart.lines().stream()
                .filter(line -> products.containsKey(line.productId()))
                .map(line -> new CartLineView(Objects.requireNonNull(line.id()), products.get(line.productId()),
                        line.quantity()))
                .toList();
        return new CartView(lines, market.currency());
    }

    private static void checkQuantity(int quantity) {
        if (quantity < 1 || quantity > CartLimits.MAX_QUANTITY) {
            throw ClientError.badRequest("error.quantity-range", CartLimits.MAX_QUANTITY);
        }
    }
}
