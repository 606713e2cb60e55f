package dev.vippsmp.core.client.recurring;

/** One step in a charge's history: CREATE, RESERVE, CAPTURE, REFUND, CANCEL or FAIL. */
public record ChargeEvent(String occurred, String event, long amount, String idempotencyKey, Boolean success) {
}
