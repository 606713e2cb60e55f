package dev.vippsmp.demoshop.vipps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.recurring.Subscription;
import dev.vippsmp.recurring.SubscriptionCharge;
import dev.vippsmp.recurring.VippsSubscriptions;
import dev.vippsmp.recurring.polling.RecurringJobs;
import dev.vippsmp.recurring.spi.ChargeFailureReason;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * A period the vendor cannot charge, seen by the subscriber: after a month on the shop's clock the plugin charges
 * period 1, the simulator fails it ("insufficient funds", its next-charge-failure control), the plugin's poller
 * learns it, and "My subscriptions" shows why in English and in Norwegian, while the shop's record has the reason.
 * A shop of its own (its own simulator and database), because its clock moves and the vendor retries no days.
 */
@TestPropertySource(properties = {"vipps.recurring.retry-days=0", "vipps.recurring.poll-interval=PT1S",
        "vipps.recurring.max-poll-interval=PT2S"})
class SubscriptionFailureBrowserTest extends SubscriberBrowserTest {

    private static final Duration SETTLES = Duration.ofSeconds(30);

    @Autowired
    MovableClock clock;
    @Autowired
    VippsSubscriptions subscriptions;
    @Autowired
    RecurringJobs jobs;

    @Value("${vipps.base-url}")
    String simulatorUrl;

    @Test
    void aFailedChargesReasonIsShownOnMySubscriptionsInEnglishAndNorwegian() throws Exception {
        logInWithVipps();
        subscribe("fjellbu-journal");
        assertThat(clickToNewPage("#accept-agreement")).isEqualTo("vipps/subscriptions");
        String mine = newestSubscription();
        String agreementId = find(mine).getAttribute("data-agreement");
        assertThat(isPresent(mine + " .vipps-subscription-failure")).isFalse();

        control("PUT", "/simulator/recurring/agreements/" + agreementId + "/next-charge-failure",
                "{\"failureReason\":\"user_action_required\",\"failureDescription\":\"Insufficient funds\"}");
        clock.advance(Duration.ofDays(30));
        SubscriptionCharge charge = eventually("period 1 to be charged", () -> {
            jobs.chargeOnce();
            return subscriptions.charges(agreementId).stream()
                    .filter(found -> found.period() == 1 && found.chargeId() != null).findFirst();
        });
        assertThat(control("POST", "/simulator/recurring/charges/" + charge.chargeId() + "/process", null))
                .contains("\"FAILED\"");
        Subscription failed = eventually("the failure to be read", () -> {
            clock.advance(Duration.ofSeconds(5));
            jobs.pollOnce();
            return subscriptions.find(agreementId).filter(found -> found.lastFailureReason() != null);
        });
        assertThat(failed.lastFailureReason()).isEqualTo(ChargeFailureReason.USER_ACTION_REQUIRED);

        open("/account/subscriptions?lang=en");
        browserWait().forPage("vipps/subscriptions");
        assertThat(text(mine + " .vipps-subscription-failure")).startsWith("The payment was declined.");
        assertThat(text(mine + " .vipps-subscription-status")).isEqualTo("Active");
        picture("subscriptions-failed");

        open("/account/subscriptions?lang=nb");
        browserWait().forPage("vipps/subscriptions");
        assertThat(text(mine + " .vipps-subscription-failure")).startsWith("Betalingen ble avvist.");
        assertThat(text(mine + " .vipps-subscription-status")).isEqualTo("Aktivt");
        assertThat(jdbc.queryForObject("select last_failure from shop_subscription where id = ?", String.class,
                Long.parseLong(find(mine).getAttribute("data-order")))).isEqualTo("USER_ACTION_REQUIRED");
        open("/?lang=en");
    }

    /** Tries until the supplier has a value, for work the plugin's jobs do on their own schedule as well. */
    private static <T> T eventually(String what, Supplier<Optional<T>> attempt) throws InterruptedException {
        Instant deadline = Instant.now().plus(SETTLES);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> value = attempt.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Waited " + SETTLES + " for " + what);
    }

    private String control(String method, String path, String json) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        simulatorUrl + path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
        return answer.body();
    }

    @TestConfiguration
    static class MovableTime {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    /** The shop's clock, running from now but moved forward by the test, so a month passes without waiting. */
    static final class MovableClock extends Clock {

        private volatile Duration ahead = Duration.ZERO;

        void advance(Duration duration) {
            ahead = ahead.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), ahead);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }
}
