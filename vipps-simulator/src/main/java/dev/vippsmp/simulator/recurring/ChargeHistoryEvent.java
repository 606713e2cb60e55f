package dev.vippsmp.simulator.recurring;

import java.time.Instant;

/** One entry of a charge's {@code history}: CREATE, RESERVE, CAPTURE, REFUND, CANCEL or FAIL. */
record ChargeHistoryEvent(Instant occurred, String event, long amount, String idempotencyKey, boolean success) {
}
