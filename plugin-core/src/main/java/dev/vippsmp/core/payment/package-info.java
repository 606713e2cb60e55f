/**
 * The payment lifecycle, one class per job, gathered in {@link dev.vippsmp.core.payment.Payments}: starting a
 * payment ({@link dev.vippsmp.core.payment.PaymentInitiation}), the one completion path
 * ({@link dev.vippsmp.core.payment.PaymentCompletion}), every movement of money
 * ({@link dev.vippsmp.core.payment.MoneyMovements}, guarded by a claim in the database, and
 * {@link dev.vippsmp.core.payment.OrderMoney} for an order's), lookups for pages
 * ({@link dev.vippsmp.core.payment.PaymentQueries}), the reconciler's bookkeeping
 * ({@link dev.vippsmp.core.payment.PaymentPolls}) and Express callbacks
 * ({@link dev.vippsmp.core.payment.ExpressCallbacks}). One stored {@link dev.vippsmp.core.payment.Payment} per
 * attempt. The internals (records, claims, transition rules, references and keys) are in {@code internal}.
 */
package dev.vippsmp.core.payment;
