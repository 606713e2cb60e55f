package dev.vippsmp.core.settings;

/**
 * Express checkout options.
 *
 * @param cart whether the cart shows the express button
 * @param productPages which product pages show it
 * @param alwaysAskForAddress ask for an address (Express) even when nothing in the cart ships
 */
public record ExpressSettings(boolean cart, ProductPageButtons productPages, boolean alwaysAskForAddress) {
}
