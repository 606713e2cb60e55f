package dev.vippsmp.core.client.epayment;

/** Body of capture and refund: the amount to move. */
public record ModificationRequest(Amount modificationAmount) {
}
