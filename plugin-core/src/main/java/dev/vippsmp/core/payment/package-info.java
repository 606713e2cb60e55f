/**
 * The payment lifecycle: {@link dev.vippsmp.core.payment.PaymentService} starts payments, completes them through
 * one idempotent path, captures, refunds and cancels; one stored {@link dev.vippsmp.core.payment.Payment} per
 * attempt. The internals (records, transition rules, references and keys) are in the {@code internal} package.
 */
package dev.vippsmp.core.payment;
