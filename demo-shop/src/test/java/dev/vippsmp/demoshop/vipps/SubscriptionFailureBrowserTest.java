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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every way the vendor can fail a period, seen by the subscriber: one customer has a subscription per failure (the
 * simulator's next-charge-failure control, one per agreement), the shop's clock moves a month on once, the plugin
 * charges each period 1, the simulator fails them, the plugin's poller learns it, and each entry on "My
 * subscriptions" shows its own reason's text and the vendor's description, in English and in Norwegian, while the
 * shop's record (told through its SubscriptionShop adapter) has the reason. A shop of its own (its own simulator and
 * database), because its clock moves and the vendor retries no days.
 */
@TestPropertySource(properties = {"vipps.recurring.retry-days=0", "vipps.recurring.poll-interval=PT1S",
        "vipps.recurring.max-poll-interval=PT2S"})
class SubscriptionFailureBrowserTest extends SubscriberBrowserTest {

    private static final Duration SETTLES = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Each {@link ChargeFailureReason}, user_action_required twice (what tells its cases apart is the description),
     * with the texts the subscriber reads. The last description holds markup, which must show as text.
     */
    private static final List<Failure> FAILURES = List.of(
            new Failure("fjellbu-journal", ChargeFailureReason.USER_ACTION_REQUIRED, "Insufficient funds",
                    "The payment was declined. Please check your card or balance in the app before the next charge.",
                    "Betalingen ble avvist. Sjekk kortet eller saldoen i appen før neste trekk."),
            new Failure("coffee-box", ChargeFailureReason.USER_ACTION_REQUIRED, "Expired card",
                    "The payment was declined. Please check your card or balance in the app before the next charge.",
                    "Betalingen ble avvist. Sjekk kortet eller saldoen i appen før neste trekk."),
            new Failure("fjellbu-journal", ChargeFailureReason.CHARGE_AMOUNT_TOO_HIGH,
                    "The amount 4900 is higher than the user's max amount 4000",
                    "The amount was higher than your agreement allows.",
                    "Beløpet var høyere enn avtalen din tillater."),
            new Failure("coffee-box", ChargeFailureReason.NON_TECHNICAL_ERROR, "Refused by issuer",
                    "The payment was refused, for example by your card issuer.",
                    "Betalingen ble avvist, for eksempel av kortutstederen."),
            new Failure("fjellbu-journal", ChargeFailureReason.TECHNICAL_ERROR, "Technical error <timeout>",
                    "The payment could not be made because of a technical error.",
                    "Betalingen kunne ikke gjennomføres på grunn av en teknisk feil."));

    @Autowired
    MovableClock clock;
    @Autowired
    VippsSubscriptions subscriptions;
    @Autowired
    RecurringJobs jobs;

    @Value("${vipps.base-url}")
    String simulatorUrl;

    @Test
    void eachFailureReasonAndTheVendorsDescriptionAreShownOnMySubscriptionsInEnglishAndNorwegian() throws Exception {
        logInWithVipps();
        Map<String, Failure> failing = new LinkedHashMap<>();
        for (Failure failure : FAILURES) {
            subscribe(failure.plan());
            assertThat(clickToNewPage("#accept-agreement")).isEqualTo("vipps/subscriptions");
            String entry = newestSubscription();
            assertThat(isPresent(entry + " .vipps-subscription-failure")).isFalse();
            String agreementId = find(entry).getAttribute("data-agreement");
            control("PUT", "/simulator/recurring/agreements/" + agreementId + "/next-charge-failure",
                    JSON.writeValueAsString(Map.of("failureReason", failure.reason().name().toLowerCase(Locale.ROOT),
                            "failureDescription", failure.description())));
            failing.put(agreementId, failure);
        }

        clock.advance(Duration.ofDays(30));
        List<SubscriptionCharge> charges = eventually("period 1 of each to be charged", () -> {
            jobs.chargeOnce();
            List<SubscriptionCharge> created = failing.keySet().stream()
                    .flatMap(agreementId -> subscriptions.charges(agreementId).stream())
                    .filter(found -> found.period() == 1 && found.chargeId() != null).toList();
            return created.size() == failing.size() ? Optional.of(created) : Optional.empty();
        });
        for (SubscriptionCharge charge : charges) {
            assertThat(control("POST", "/simulator/recurring/charges/" + charge.chargeId() + "/process", null))
                    .contains("\"FAILED\"");
        }
        eventually("each failure to be read", () -> {
            clock.advance(Duration.ofSeconds(5));
            jobs.pollOnce();
            return failing.keySet().stream().allMatch(agreementId -> subscriptions.find(agreementId)
                    .filter(found -> found.lastFailureReason() != null).isPresent()) ? Optional.of(true)
                    : Optional.empty();
        });
        failing.forEach((agreementId, failure) -> {
            Subscription failed = subscriptions.find(agreementId).orElseThrow();
            assertThat(failed.lastFailureReason()).as(agreementId).isEqualTo(failure.reason());
            assertThat(failed.lastFailureDescription()).as(agreementId).isEqualTo(failure.description());
        });

        open("/account/subscriptions?lang=en");
        browserWait().forPage("vipps/subscriptions");
        failing.forEach((agreementId, failure) -> {
            String entry = entryOf(agreementId);
            assertThat(text(entry + " .vipps-subscription-failure")).isEqualTo(failure.english());
            assertThat(text(entry + " .vipps-subscription-failure-description"))
                    .isEqualTo("Vipps MobilePay: “" + failure.description() + "”");
            assertThat(text(entry + " .vipps-subscription-status")).isEqualTo("Active");
        });
        assertThat(isPresent(".vipps-subscription-failure-description timeout")).isFalse();
        picture("subscriptions-failed");

        open("/account/subscriptions?lang=nb");
        browserWait().forPage("vipps/subscriptions");
        failing.forEach((agreementId, failure) -> {
            String entry = entryOf(agreementId);
            assertThat(text(entry + " .vipps-subscription-failure")).isEqualTo(failure.norwegian());
            assertThat(text(entry + " .vipps-subscription-failure-description"))
                    .isEqualTo("Vipps MobilePay: «" + failure.description() + "»");
            assertThat(text(entry + " .vipps-subscription-status")).isEqualTo("Aktivt");
            assertThat(jdbc.queryForObject("select last_failure from shop_subscription where id = ?", String.class,
                    Long.parseLong(find(entry).getAttribute("data-order")))).as(agreementId)
                    .isEqualTo(failure.reason().name());
        });
        open("/?lang=en");
    }

    /** A plan subscribed to whose period 1 the simulator fails with the reason and description. */
    private record Failure(String plan, ChargeFailureReason reason, String description, String english,
            String norwegian) {
    }

    private static String entryOf(String agreementId) {
        return ".vipps-subscription[data-agreement='" + agreementId + "']";
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
