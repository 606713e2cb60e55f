/**
 * Express checkout: "Buy now with Vipps" / "Buy now with MobilePay" on product pages and in the cart. A cart with
 * goods to ship asks the app for the buyer's address and delivery (fixed options, or the shop's options for the
 * chosen address through the shipping callback); a cart with nothing to ship asks only for name, email and phone.
 * The order is made from the cart; the cart itself is emptied only once the order is paid, so an abandoned,
 * rejected or expired express leaves the shopper's cart as it was.
 */
package dev.vippsmp.checkout.express;
