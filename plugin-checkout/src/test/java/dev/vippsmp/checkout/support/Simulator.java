package dev.vippsmp.checkout.support;

import dev.vippsmp.simulator.VippsSimulator;
import dev.vippsmp.testsupport.SharedService;
import dev.vippsmp.testsupport.SimulatorControl;
import java.util.Map;

/**
 * The simulator for this test JVM, started once on a random loopback port with no profile delay and shared by every
 * test class, and its control API: completing payments as the app user, the journal of what the plugin sent, faults.
 */
public final class Simulator {

    private static final SharedService<VippsSimulator> SIMULATOR = new SharedService<>(
            () -> VippsSimulator.start(Map.of("simulator.payments.profile-delay", "0ms")));

    private Simulator() {
    }

    public static String baseUrl() {
        return SIMULATOR.get().baseUrl();
    }

    public static SimulatorControl control() {
        return new SimulatorControl(baseUrl());
    }

    /** How many requests of an operation (e.g. getPayment) the plugin sent for the reference. */
    public static long requests(String reference, String operation) {
        return control().journalQuery("reference=" + reference + "&operation=" + operation).size();
    }
}
