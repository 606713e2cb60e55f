package dev.vippsmp.core.support;

import static dev.vippsmp.testsupport.SimulatorDefaults.CLIENT_ID;
import static dev.vippsmp.testsupport.SimulatorDefaults.CLIENT_SECRET;
import static dev.vippsmp.testsupport.SimulatorDefaults.MSN;
import static dev.vippsmp.testsupport.SimulatorDefaults.SUBSCRIPTION_KEY;

import dev.vippsmp.core.client.ApiCredentials;
import dev.vippsmp.core.client.ClientConfiguration;
import dev.vippsmp.core.client.RetrySettings;
import dev.vippsmp.core.client.SystemHeaders;
import dev.vippsmp.simulator.VippsSimulator;
import dev.vippsmp.testsupport.SharedService;
import dev.vippsmp.testsupport.SimulatorControl;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The simulator for this test JVM: started once, on a random loopback port, shared by every test class (so Spring
 * test contexts that point at it stay cached), with no profile delay and plain-HTTP callback URLs allowed.
 */
public final class Simulator {

    private static final SharedService<VippsSimulator> SIMULATOR = new SharedService<>(() -> VippsSimulator.start(
            Map.of("simulator.payments.profile-delay", "0ms", "simulator.allow-http-urls", "true")));

    private Simulator() {
    }

    public static String baseUrl() {
        return SIMULATOR.get().baseUrl();
    }

    /** Its control API: the request journal, faults, what the app user does. */
    public static SimulatorControl control() {
        return new SimulatorControl(baseUrl());
    }

    /** The default Norwegian merchant's keys, fast retries, short timeouts. */
    public static ClientConfiguration configuration(Duration readTimeout) {
        return new ClientConfiguration(URI.create(baseUrl()),
                new ApiCredentials(MSN, CLIENT_ID, CLIENT_SECRET, SUBSCRIPTION_KEY),
                new SystemHeaders("test-shop", "1.2.3", "vipps-mobilepay-spring", "0.1.0"),
                Duration.ofSeconds(2), readTimeout,
                new RetrySettings(3, Duration.ofMillis(1), 2.0, Duration.ofMillis(10), Duration.ZERO,
                        Duration.ofSeconds(2)));
    }
}
