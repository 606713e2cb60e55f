package dev.vippsmp.recurring.admin;

import dev.vippsmp.recurring.SubscriptionEvent.Source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.recurring.ChargeState;
import dev.vippsmp.recurring.SubscriptionCharge;
import dev.vippsmp.recurring.SubscriptionStatus;
import dev.vippsmp.recurring.VippsSubscriptions;
import dev.vippsmp.recurring.polling.RecurringJobs;
import dev.vippsmp.recurring.spi.IntervalUnit;
import dev.vippsmp.testsupport.MutableClock;
import dev.vippsmp.recurring.support.Simulator;
import dev.vippsmp.recurring.support.SubscriberShop;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The subscriptions the admin's tests look at, all made for real against the simulator over HTTP: started through
 * the facade and agreed to at the simulator, charged by the plugin's charging job, failed by the simulator's control
 * for the next charge, and read back by the plugin's poller. Every subscriber is {@link SubscriberShop#CUSTOMER}.
 */
final class SubscriptionFixtures {

    private static final URI SHOP = URI.create("http://127.0.0.1:8080");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final VippsSubscriptions subscriptions;
    private final SubscriberShop shop;
    private final RecurringJobs jobs;
    private final MutableClock clock;

    SubscriptionFixtures(VippsSubscriptions subscriptions, SubscriberShop shop, RecurringJobs jobs,
            MutableClock clock) {
        this.subscriptions = subscriptions;
        this.shop = shop;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** The plugin and the simulator forget every subscription, so a test's list shows only its own. */
    static void startAfresh(JdbcTemplate jdbc, MutableClock clock) {
        Simulator.control().reset();
        jdbc.update("delete from vipps_recurring_charge");
        jdbc.update("delete from vipps_recurring_event");
        jdbc.update("delete from vipps_recurring_agreement");
        clock.set(java.time.Instant.now());
    }

    /** A pending agreement to a box at the price per period: started, not yet agreed to. */
    String pendingAgreement(long price, IntervalUnit unit) {
        String orderId = "sub-" + UUID.randomUUID().toString().substring(0, 8);
        shop.order(orderId, price, unit);
        return subscriptions.start(orderId, SHOP).agreementId();
    }

    /**
     * An agreement the subscriber agreed to at the simulator, read back through the completion path, with its first
     * period (the initial charge the vendor took on agreeing) read back by the poller as CHARGED.
     */
    String activeAgreement(long price, IntervalUnit unit) {
        String agreementId = pendingAgreement(price, unit);
        post("/simulator/recurring/agreements/" + agreementId + "/accept", null);
        assertThat(subscriptions.refresh(agreementId, Source.RETURN).orElseThrow().status())
                .isEqualTo(SubscriptionStatus.ACTIVE);
        pollWhenDue();
        assertThat(charge(agreementId, 0).state()).isEqualTo(ChargeState.CHARGED);
        return agreementId;
    }

    /**
     * Period 1's charge fails at the vendor for the reason (the API's value, e.g. {@code user_action_required}): the
     * charging job creates the charge (a weekly period is within the tests' lead time of a week), the simulator
     * tries it, and the poller reads the failure.
     */
    void failNextPeriod(String agreementId, String reason, String description) {
        post("/simulator/recurring/agreements/" + agreementId + "/next-charge-failure",
                "{\"failureReason\":\"" + reason + "\",\"failureDescription\":\"" + description + "\"}");
        assertThat(jobs.chargeOnce()).as("the charging job's lock was free").isTrue();
        post("/simulator/recurring/charges/" + charge(agreementId, 1).chargeId() + "/process", null);
        pollWhenDue();
        pollWhenDue();
        assertThat(charge(agreementId, 1).state()).isEqualTo(ChargeState.FAILED);
    }

    private SubscriptionCharge charge(String agreementId, int period) {
        return subscriptions.charges(agreementId).stream().filter(charge -> charge.period() == period).findFirst()
                .orElseThrow(() -> new AssertionError("No charge for period " + period + " of " + agreementId));
    }

    private void pollWhenDue() {
        clock.advance(Duration.ofSeconds(5));
        assertThat(jobs.pollOnce()).as("the poller's lock was free").isTrue();
    }

    private void post(String path, String json) {
        String method = path.endsWith("next-charge-failure") ? "PUT" : "POST";
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(Simulator.baseUrl() + path))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
