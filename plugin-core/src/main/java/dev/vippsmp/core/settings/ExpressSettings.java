package dev.vippsmp.core.settings;

/**
 * Express checkout options.
 *
 * @param cart whether the cart shows the express button
 * @param productPages which product pages show it
 * @param alwaysAskForAddress ask for the buyer's address even when nothing in the cart ships (profile sharing with
 *        the address; still no delivery to choose or pay for)
 */
public record ExpressSettings(boolean cart, ProductPageButtons productPages, boolean alwaysAskForAddress) {
}
