package dev.vippsmp.checkout.support;

import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.payment.Payments;
import dev.vippsmp.core.settings.SettingsService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The checkout in the test host on H2 and a random loopback port, against the shared simulator; one Spring context
 * for every class extending this. The plugin's background jobs are off, so what happens is what the test does.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "server.address=127.0.0.1",
                "spring.datasource.url=jdbc:h2:mem:vipps-checkout;DB_CLOSE_DELAY=-1",
                "spring.jpa.open-in-view=false",
                "spring.messages.basename=vipps/checkout/messages",
                "spring.messages.fallback-to-system-locale=false",
                "vipps.test.merchant-serial-number=123456",
                "vipps.test.client-id=sim-client-id",
                "vipps.test.client-secret=sim-client-secret",
                "vipps.test.subscription-key=sim-subscription-key",
                "vipps.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                "vipps.order-reference-prefix=co",
                "vipps.background-jobs.enabled=false",
                "vipps.http.initial-delay=1ms",
                "vipps.http.max-delay=10ms",
                "vipps.http.jitter=0ms",
                "vipps.checkout.first-status-check=0s",
                "vipps.checkout.status-check-interval=3s",
                "vipps.checkout.status-wait=0s",
                "vipps.checkout.express.products=listed-product"})
public abstract class CheckoutIntegrationTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected TestShop shop;
    @Autowired
    protected Payments payments;
    @Autowired
    protected SettingsService settings;
    @Autowired
    protected VippsClient client;
    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("vipps.base-url", Simulator::baseUrl);
    }

    @AfterEach
    void clearSimulatorFaults() {
        Simulator.control().clearFaults();
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    protected WebClient visitor() {
        return new WebClient(baseUrl());
    }
}
