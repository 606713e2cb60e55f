package dev.vippsmp.recurring.support;

import dev.vippsmp.simulator.VippsSimulator;
import dev.vippsmp.testsupport.SharedService;
import dev.vippsmp.testsupport.SimulatorControl;
import java.util.Map;

/**
 * The simulator these tests charge against: one per test JVM, on a random loopback port, accepting webhooks to a
 * plain-HTTP loopback receiver and retrying a failed delivery within seconds.
 */
public final class Simulator {

    private static final SharedService<VippsSimulator> SIMULATOR = new SharedService<>(() -> VippsSimulator.start(
            Map.of("simulator.allow-http-urls", "true", "simulator.webhooks.retry-time-scale", "0.001")));

    private Simulator() {
    }

    public static String baseUrl() {
        return SIMULATOR.get().baseUrl();
    }

    public static SimulatorControl control() {
        return new SimulatorControl(baseUrl());
    }
}
