package dev.vippsmp.simulator.http;

/** Request attributes by which the filters of the simulator tell each other what happened to an exchange. */
public final class ExchangeAttributes {

    /** Set to {@code Boolean.TRUE} to close the connection without an answer. */
    public static final String DROP_CONNECTION = "dev.vippsmp.simulator.dropConnection";
    /** The id of the fault applied to the request. */
    public static final String FAULT_ID = "dev.vippsmp.simulator.faultId";

    private ExchangeAttributes() {
    }
}
