package dev.vippsmp.core.support;

import dev.vippsmp.testsupport.MutableClock;
import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.payment.Payments;
import dev.vippsmp.core.settings.SettingsService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of the H2 integration tests: one Spring context for all of them, pointed at the shared simulator. */
@IntegrationTest
public abstract class PluginIntegrationTest {

    @Autowired
    protected Payments payments;
    @Autowired
    protected SettingsService settings;
    @Autowired
    protected VippsClient client;
    @Autowired
    protected TestShop shop;
    @Autowired
    protected MutableClock clock;

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("vipps.base-url", Simulator::baseUrl);
    }

    @AfterEach
    void clearSimulatorFaults() {
        Simulator.control().clearFaults();
    }
}
