package dev.vippsmp.checkout;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * What the checkout needs from the shop beyond the core's {@code VippsShop}: the shopper's carts, for express
 * checkout, and reopening an order whose payment failed when the buyer tries again. A shop without express
 * checkout may leave it out; the buttons then never show, and a retry starts without reopening the order.
 */
public interface CheckoutShop {

    /** The cart of the shopper making this request (from the shop's cookie or session); empty when none. */
    Optional<String> currentCart(HttpServletRequest request);

    /**
     * A new cart of its own, not the shopper's, holding one of the product, for "Buy now" on a product page; the
     * shopper's own cart stays as it is. Empty when there is no such product for sale.
     */
    Optional<String> cartWithProduct(String productId);

    /** Empties a cart an express order was made from, once that order is paid (or no longer needed). */
    void clearCart(String cartId);

    /** Whether a product page shows the express button when the settings say "some products". */
    default boolean expressOnProductPage(String productId) {
        return false;
    }

    /**
     * The buyer pays again for an order whose payment failed or was cancelled: make it wait for payment again,
     * so the next payment's outcome and buyer details apply to it.
     *
     * @return false when the order can no longer be paid (cancelled, or gone)
     */
    boolean reopenForPayment(String orderId);
}
