package dev.vippsmp.core.client.epayment;

/** Body of cancel; {@code cancelTransactionOnly} cancels only a payment not yet authorized. */
public record CancelRequest(Boolean cancelTransactionOnly) {
}
