/**
 * The cart at {@code /cart}: products and quantities kept in the database under a random token in the shopper's
 * cookie, priced from the catalogue each time they are read. {@link dev.vippsmp.demoshop.cart.CartService} and
 * {@link dev.vippsmp.demoshop.cart.CartView} are what checkout (and a plugin's express checkout) read.
 */
package dev.vippsmp.demoshop.cart;
