package dev.vippsmp.simulator.faults;

/** What a fault does to an API call. */
public enum FaultAction {
    /** Answer with an error status (and vendor error code). */
    ERROR,
    /** Answer normally, later. */
    DELAY,
    /** Hold the connection longer than a client waits, then close it without an answer. */
    TIMEOUT,
    /** Close the connection without an answer. */
    DROP
}
