package dev.vippsmp.simulator.support;

import dev.vippsmp.simulator.VippsSimulator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Simulators shared by the test classes of this module, one per distinct configuration, started through the public
 * launcher and closed when the test JVM ends. Each test class resets the one it uses.
 */
public final class Simulators {

    /**
     * Webhook retries compressed a thousandfold (an hour takes 3.6 s; retries stop after 1.8 s, a registration that
     * has been failing for 0.6 s is deleted at its next failure) and short timeouts, for the delivery and callback
     * tests.
     */
    public static final Map<String, String> FAST_WEBHOOKS = Map.of(
            "simulator.webhooks.retry-time-scale", "0.001",
            "simulator.webhooks.timeout", "1s",
            "simulator.webhooks.retry-for", "30m",
            "simulator.webhooks.delete-after-failing", "10m",
            "simulator.express.callback-timeout", "2s");

    private static final Map<Map<String, String>, VippsSimulator> RUNNING = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.values().forEach(VippsSimulator::close)));
    }

    private Simulators() {
    }

    /** The simulator with its default settings. */
    public static VippsSimulator standard() {
        return with(Map.of());
    }

    public static synchronized VippsSimulator with(Map<String, String> properties) {
        return RUNNING.computeIfAbsent(new TreeMap<>(properties), VippsSimulator::start);
    }
}
