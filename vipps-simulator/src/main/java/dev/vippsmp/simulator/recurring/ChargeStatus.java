package dev.vippsmp.simulator.recurring;

/** The spec's {@code ChargeStatus}. PROCESSING is in the spec but the simulator settles every charge at once. */
enum ChargeStatus {
    PENDING, DUE, RESERVED, CHARGED, PARTIALLY_CAPTURED, FAILED, CANCELLED, PARTIALLY_REFUNDED, REFUNDED, PROCESSING
}
