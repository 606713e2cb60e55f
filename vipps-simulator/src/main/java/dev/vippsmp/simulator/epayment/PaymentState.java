package dev.vippsmp.simulator.epayment;

/**
 * A payment's state. Every state but CREATED is final; captures, refunds and cancels after authorization leave the
 * state at AUTHORIZED and show only in the aggregate.
 */
public enum PaymentState {
    CREATED, ABORTED, EXPIRED, AUTHORIZED, TERMINATED
}
