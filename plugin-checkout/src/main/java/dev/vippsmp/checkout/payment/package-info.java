/**
 * Paying with Vipps MobilePay: {@link dev.vippsmp.checkout.payment.VippsCheckout} is what a shop's payment method
 * at checkout calls (is it offered, its name and logo, start paying an order); {@link
 * dev.vippsmp.checkout.payment.PaymentStarts} opens an attempt with its return page and creates its payment, for
 * the checkout, express checkout and a retry alike.
 */
package dev.vippsmp.checkout.payment;
