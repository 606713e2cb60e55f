package dev.vippsmp.demoshop.storefront;

/**
 * Places on the shop's pages where installed plugins may add markup. Each slot says which variables its page
 * gives the fragment.
 */
public enum StorefrontSlot {
    /** Beside "Add to cart" on a product page; the page has {@code product} (a {@code ProductView}). */
    PRODUCT_BUY_NOW,
    /** Under "Go to checkout" on the cart page; the page has {@code cart} (a {@code CartView}), never empty. */
    CART_BUY_NOW,
    /** On a subscription plan's page, where the plan is subscribed to; the page has {@code plan} (a {@code PlanView}). */
    SUBSCRIPTION_SUBSCRIBE,
    /** In the page head of every shop page, for a plugin's stylesheet. */
    HEAD
}
