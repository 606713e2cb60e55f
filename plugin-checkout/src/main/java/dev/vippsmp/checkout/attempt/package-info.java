/**
 * Checkout attempts: each payment attempt the checkout starts gets a return page named by a secret token, bound to
 * its order (and, for express checkout, the cart the order came from). Only a hash of the token is stored.
 */
package dev.vippsmp.checkout.attempt;
