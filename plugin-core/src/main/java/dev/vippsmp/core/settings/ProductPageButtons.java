package dev.vippsmp.core.settings;

/** Which product pages show the express button: none, the products the shop marks, or all. */
public enum ProductPageButtons {
    NONE, SOME, ALL
}
