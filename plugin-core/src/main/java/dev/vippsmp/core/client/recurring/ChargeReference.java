package dev.vippsmp.core.client.recurring;

/** The answer to a new charge. */
public record ChargeReference(String chargeId) {
}
