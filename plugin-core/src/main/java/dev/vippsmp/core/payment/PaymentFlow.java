package dev.vippsmp.core.payment;

/** How the payment was started. */
public enum PaymentFlow {
    /** The payment method at the shop's checkout: the shop already knows the buyer and the delivery. */
    CHECKOUT,
    /** Express with shipped goods: address and delivery chosen in the app. */
    EXPRESS,
    /** Express with nothing to ship: name, email and phone shared through the app; no address, no delivery. */
    PROFILE_SHARING,
    /**
     * Express with nothing to ship when the shop always wants an address: name, address, email and phone shared
     * through the app, and still no delivery, so nothing is added to the order's total.
     */
    PROFILE_WITH_ADDRESS
}
