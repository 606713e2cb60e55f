package dev.vippsmp.demoshop.vipps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.recurring.SubscriptionStatus;
import dev.vippsmp.recurring.VippsSubscriptions;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a logged-in customer's tampered subscription forms get, in Chromium (the forms need the customer's login and
 * CSRF token): a plan id that is not a number is a 400 and an unknown one a 404, both without a sign-up written; a
 * malformed agreement id to stop is a 400, and someone else's agreement a 404 that leaves it as it was.
 */
class SubscriptionBadInputBrowserTest extends SubscriberBrowserTest {

    @Autowired
    VippsSubscriptions subscriptions;

    @Test
    void aTamperedPlanIsRefusedAndNothingIsSignedUp() {
        logInWithVipps();
        long signUps = count("shop_subscription");

        assertThat(subscribeWithPlan("not-a-number")).isEqualTo("400");
        assertThat(subscribeWithPlan("987654321")).isEqualTo("404");
        assertThat(count("shop_subscription")).isEqualTo(signUps);
    }

    @Test
    void stoppingAMalformedOrSomeoneElsesAgreementIsRefusedAndStopsNothing() {
        String someoneElses = someoneElsesPendingAgreement();
        logInWithVipps();
        subscribe("fjellbu-journal");
        assertThat(clickToNewPage("#accept-agreement")).isEqualTo("vipps/subscriptions");
        String mine = newestSubscription();

        assertThat(stopWithAgreement(mine, "<script>")).isEqualTo("400");
        open("/account/subscriptions");
        assertThat(stopWithAgreement(mine, someoneElses)).isEqualTo("404");
        assertThat(subscriptions.find(someoneElses).orElseThrow().status()).isEqualTo(SubscriptionStatus.PENDING);
        open("/account/subscriptions");
        assertThat(find(mine).getAttribute("data-status")).isEqualTo("ACTIVE");
    }

    /** Submits the plan page's subscribe form with another plan id; the error page's status code. */
    private String subscribeWithPlan(String planId) {
        open("/subscriptions/fjellbu-journal");
        browserWait().forPage("subscription/plan");
        ((JavascriptExecutor) browser()).executeScript(
                "document.querySelector('form.vipps-subscribe input[name=planId]').value = arguments[0]", planId);
        assertThat(clickToNewPage("#vipps-subscribe")).isEqualTo("error");
        return text(".error-code");
    }

    /** Submits the entry's stop form with another agreement id; the error page's status code. */
    private String stopWithAgreement(String entry, String agreementId) {
        browserWait().forPage("vipps/subscriptions");
        ((JavascriptExecutor) browser()).executeScript("document.querySelector(arguments[0] + "
                + "' input[name=agreementId]').value = arguments[1]", entry, agreementId);
        assertThat(clickToNewPage(entry + " .vipps-subscription-stop-button")).isEqualTo("error");
        return text(".error-code");
    }

    /** Another customer's sign-up to the journal, started but not agreed to. */
    private String someoneElsesPendingAgreement() {
        String username = "customer-other-" + UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into customer (username, name, created_at) values (?, 'Ola Nordmann', ?)", username, now);
        long customer = jdbc.queryForObject("select id from customer where username = ?", Long.class, username);
        jdbc.update("insert into shop_subscription (customer_id, plan_id, plan_name, ships, interval_unit, "
                + "interval_count, price_minor, currency, language, status, periods_charged, created_at, updated_at, "
                + "version) select ?, id, 'Fjellbu Journal', false, 'MONTH', 1, 4900, 'NOK', 'en', 'SIGNING_UP', 0, "
                + "?, ?, 0 from subscription_plan where slug = 'fjellbu-journal'", customer, now, now);
        long signUp = jdbc.queryForObject("select max(id) from shop_subscription where customer_id = ?", Long.class,
                customer);
        return subscriptions.start(String.valueOf(signUp), URI.create(baseUrl())).agreementId();
    }
}
