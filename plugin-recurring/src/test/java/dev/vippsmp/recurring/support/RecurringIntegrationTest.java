package dev.vippsmp.recurring.support;

import dev.vippsmp.recurring.SubscriptionEvent.Source;
import dev.vippsmp.testsupport.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.recurring.SubscriptionCharge;
import dev.vippsmp.recurring.SubscriptionStatus;
import dev.vippsmp.recurring.VippsSubscriptions;
import dev.vippsmp.recurring.polling.RecurringJobs;
import dev.vippsmp.recurring.spi.IntervalUnit;
import dev.vippsmp.testsupport.SimulatorControl;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the charging tests: the {@link RecurringHost} on H2 against the shared simulator over real HTTP, with the
 * background jobs off so that each test runs the charging job and the poller itself, and the plugin's clock in the
 * test's hand.
 */
@SpringBootTest(classes = RecurringHost.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:vipps-recurring-charging;DB_CLOSE_DELAY=-1",
        "spring.jpa.hibernate.ddl-auto=none",
        "spring.jpa.open-in-view=false",
        "vipps.test.merchant-serial-number=123456",
        "vipps.test.client-id=sim-client-id",
        "vipps.test.client-secret=sim-client-secret",
        "vipps.test.subscription-key=sim-subscription-key",
        "vipps.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "vipps.background-jobs.enabled=false",
        "vipps.http.initial-delay=1ms",
        "vipps.http.max-delay=10ms",
        "vipps.http.jitter=0ms",
        "vipps.recurring.retry-days=0",
        "vipps.recurring.poll-interval=PT1S",
        "vipps.recurring.max-poll-interval=PT2S",
        "vipps.system.plugin-name=vipps-recurring-tests"})
public abstract class RecurringIntegrationTest {

    protected static final URI SHOP = URI.create("http://127.0.0.1:8080");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected VippsSubscriptions subscriptions;
    @Autowired
    protected RecurringJobs jobs;
    @Autowired
    protected SubscriberShop shop;
    @Autowired
    protected VippsClient client;
    @Autowired
    protected MutableClock clock;

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("vipps.base-url", Simulator::baseUrl);
    }

    @Autowired
    protected JdbcTemplate jdbc;

    /** The simulator forgets everything between tests, so the plugin does too: no test charges another's periods. */
    @BeforeEach
    void startAfresh() {
        Simulator.control().reset();
        jdbc.update("delete from vipps_recurring_charge");
        jdbc.update("delete from vipps_recurring_event");
        jdbc.update("delete from vipps_recurring_agreement");
        clock.set(Instant.now());
    }

    protected static SimulatorControl simulator() {
        return Simulator.control();
    }

    /** A subscription the subscriber agreed to in the app, at {@code price} per period. */
    protected String activeSubscription(long price, IntervalUnit unit) {
        String orderId = "sub-" + UUID.randomUUID().toString().substring(0, 8);
        shop.order(orderId, price, unit);
        String agreementId = subscriptions.start(orderId, SHOP).agreementId();
        control("POST", "/simulator/recurring/agreements/" + agreementId + "/accept", null);
        assertThat(subscriptions.refresh(agreementId, Source.RETURN).orElseThrow().status())
                .isEqualTo(SubscriptionStatus.ACTIVE);
        return agreementId;
    }

    /** The period's charge as the plugin holds it. */
    protected SubscriptionCharge charge(String agreementId, int period) {
        return subscriptions.charges(agreementId).stream().filter(charge -> charge.period() == period).findFirst()
                .orElseThrow(() -> new AssertionError("No charge for period " + period + " of " + agreementId));
    }

    /** The simulator tries the charge now, as if its due date had come. */
    protected JsonNode process(String chargeId) {
        return control("POST", "/simulator/recurring/charges/" + chargeId + "/process", null);
    }

    /** A poller's pass once every read booked so far is due. */
    protected void pollWhenDue() {
        clock.advance(Duration.ofSeconds(5));
        assertThat(jobs.pollOnce()).as("the poller's lock was free").isTrue();
    }

    protected static JsonNode control(String method, String path, String json) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(URI.create(Simulator.baseUrl() + path))
                    .method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofString(json))
                    .header("Content-Type", "application/json").build();
            var answer = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
            return answer.body().isBlank() ? null : JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
