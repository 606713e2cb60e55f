/** Idempotent replays of create, capture, refund and cancel, keyed by the client's {@code Idempotency-Key}. */
package dev.vippsmp.simulator.idempotency;
