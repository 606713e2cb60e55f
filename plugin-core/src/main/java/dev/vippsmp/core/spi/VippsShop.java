package dev.vippsmp.core.spi;

import java.util.List;
import java.util.Optional;

/**
 * The port a shop implements so the plugin can take payments for its orders. The plugin never owns an order: it
 * reads one, tells the shop what happened to its payment, and for express checkout asks the shop to make an order
 * from a cart, to quote delivery and to store the buyer's details.
 *
 * <p>{@link #applyOutcome} and {@link #attachBuyer} run inside the plugin's transaction on the shop's data source:
 * if they throw, the payment's local state change is rolled back too and retried later, so the shop is never told
 * twice and never left untold.
 */
public interface VippsShop {

    /** The order as the plugin needs it, or empty when the shop has no such order. */
    Optional<ShopOrder> findOrder(String orderId);

    /**
     * What happened to the payment of an order. Called once per outcome: {@code AUTHORIZED} when money is
     * reserved, {@code PAID} when it is captured, {@code REFUNDED} on each refund, {@code CANCELLED} or
     * {@code FAILED} when the payment ends without money, {@code FLAGGED} when the amount does not match the order.
     */
    void applyOutcome(PaymentOutcome outcome);

    /**
     * Express checkout: turns the cart into an order waiting for payment and returns its id. The order's total
     * must not include delivery; the buyer picks that in the app.
     *
     * @throws IllegalArgumentException when the cart is empty or unknown
     */
    String createOrderFromCart(String cartId);

    /**
     * Delivery choices for an order. {@code address} is null for the fixed options sent with the payment, and the
     * buyer's address when the app asks per address. An empty list means the shop cannot deliver there.
     */
    List<ShippingQuote> quoteShipping(String orderId, Address address);

    /** The buyer's details shared through the app (express or profile sharing), with the chosen delivery. */
    void attachBuyer(String orderId, BuyerDetails buyer);
}
