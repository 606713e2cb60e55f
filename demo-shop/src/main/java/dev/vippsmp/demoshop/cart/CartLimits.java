package dev.vippsmp.demoshop.cart;

/** How much one cart may hold; more is refused, never silently cut. */
public final class CartLimits {

    /** Of one product, as the quantity fields on the pages also say. */
    public static final int MAX_QUANTITY = 99;

    /** Different products in one cart. */
    public static final int MAX_LINES = 50;

    private CartLimits() {
    }
}
