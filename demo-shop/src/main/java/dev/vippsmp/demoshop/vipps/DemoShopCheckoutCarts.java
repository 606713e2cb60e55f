package dev.vippsmp.demoshop.vipps;

import dev.vippsmp.checkout.CheckoutShop;
import dev.vippsmp.demoshop.cart.CartCookie;
import dev.vippsmp.demoshop.cart.CartService;
import dev.vippsmp.demoshop.order.OrderService;
import dev.vippsmp.demoshop.order.OrderStatus;
import dev.vippsmp.demoshop.web.ClientError;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The shop's carts as express checkout sees them: the shopper's own cart from the cart cookie, a cart of its own
 * for "Buy now" on a product page (the shopper's cart stays as it is), emptying a cart once its express order is
 * paid, and reopening a failed order when the buyer pays again.
 */
@Component
class DemoShopCheckoutCarts implements CheckoutShop {

    private final CartService carts;
    private final CartCookie cookie;
    private final OrderService orders;

    DemoShopCheckoutCarts(CartService carts, CartCookie cookie, OrderService orders) {
        this.carts = carts;
        this.cookie = cookie;
        this.orders = orders;
    }

    @Override
    public Optional<String> currentCart(HttpServletRequest request) {
        String token = cookie.token(request);
        return token == null || carts.view(token, Locale.ROOT).isEmpty() ? Optional.empty() : Optional.of(token);
    }

    @Override
    public Optional<String> cartWithProduct(String productId) {
        try {
            return Optional.of(carts.add(null, Long.parseLong(productId), 1));
        } catch (NumberFormatException | ClientError notForSale) {
            return Optional.empty();
        }
    }

    @Override
    public void clearCart(String cartId) {
        carts.clear(cartId);
    }

    @Override
    public boolean reopenForPayment(String orderId) {
        long id;
        try {
            id = Long.parseLong(orderId);
        } catch (NumberFormatException e) {
            return false;
        }
        OrderStatus status = orders.findWithoutHistory(id).map(order -> order.status()).orElse(null);
        if (status == OrderStatus.FAILED) {
            orders.changeStatus(id, OrderStatus.PENDING_PAYMENT, "shopper", "Paying again");
            return true;
        }
        return status == OrderStatus.PENDING_PAYMENT;
    }
}
