package dev.vippsmp.simulator.recurring;

/** The spec's {@code AgreementStatus}. */
enum AgreementStatus {
    PENDING, ACTIVE, STOPPED, EXPIRED
}
