package dev.vippsmp.core.settings;

/** How Express learns delivery options: sent with the payment (fixed) or asked from the shop per address. */
public enum ShippingMode {
    FIXED, DYNAMIC
}
