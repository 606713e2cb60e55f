package dev.vippsmp.recurring.admin;

import dev.vippsmp.simulator.VippsSimulator;
import dev.vippsmp.testsupport.SharedService;
import java.util.Map;

/** One simulator for the admin's tests in this JVM, on a random loopback port. */
final class TestSimulator {

    private static final SharedService<VippsSimulator> SIMULATOR = new SharedService<>(
            () -> VippsSimulator.start(Map.of()));

    private TestSimulator() {
    }

    static String baseUrl() {
        return SIMULATOR.get().baseUrl();
    }
}
