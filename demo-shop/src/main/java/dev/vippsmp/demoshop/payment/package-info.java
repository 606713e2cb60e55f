/**
 * The payment step's extension point: {@link dev.vippsmp.demoshop.payment.PaymentMethod} beans, listed at
 * checkout in {@code @Order}. Pay on invoice is the shop's own; a plugin adds another by declaring a bean.
 */
package dev.vippsmp.demoshop.payment;
