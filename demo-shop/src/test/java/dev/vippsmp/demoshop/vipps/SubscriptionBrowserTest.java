package dev.vippsmp.demoshop.vipps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subscribing in a real headless Chromium: a logged-in customer subscribes to a plan, agrees (or declines) on the
 * simulator's Recurring app page, comes back through the plugin's return endpoint to "My subscriptions" and sees
 * the plugin's fragment. The digital plan asks the app for no address; the one that ships does. With
 * {@code -Dscreenshots=true} it takes the docs' pictures of subscribing.
 */
class SubscriptionBrowserTest extends SubscriberBrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theJournalIsAgreedToInTheAppWithoutAnAddressAndIsActiveWithItsNextChargeUntilStopped() throws IOException {
        logInWithVipps();
        open("/subscriptions/fjellbu-journal");
        browserWait().forPage("subscription/plan");
        assertThat(text("#plan-price")).isEqualTo("NOK 49.00 per month");
        assertThat(text("#vipps-subscribe")).isEqualTo("Subscribe with Vipps");
        picture("subscriptions-product");

        assertThat(clickToNewPage("#vipps-subscribe")).isEqualTo("recurring/app");
        assertThat(text("#product-name")).isEqualTo("Fjellbu Journal");
        assertThat(text("#claims")).contains("Name", "Email address", "Phone number").doesNotContain("Address\n")
                .doesNotEndWith("Address");
        picture("subscriptions-app");

        assertThat(clickToNewPage("#accept-agreement")).isEqualTo("vipps/subscriptions");
        assertThat(browser().getCurrentUrl()).isEqualTo(baseUrl() + "/account/subscriptions");
        String mine = newestSubscription();
        assertThat(find(mine).getAttribute("data-status")).isEqualTo("ACTIVE");
        assertThat(text(mine + " .vipps-subscription-product")).isEqualTo("Fjellbu Journal");
        assertThat(text(mine + " .vipps-subscription-status")).isEqualTo("Active");
        assertThat(text(mine + " .vipps-subscription-price")).isEqualTo("NOK 49.00 per month");
        LocalDate next = LocalDate.now().plusMonths(1);
        assertThat(text(mine + " .vipps-subscription-next")).contains(String.valueOf(next.getYear()),
                next.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                String.valueOf(next.getDayOfMonth()));
        assertThat(isPresent(mine + " .vipps-subscription-failure")).isFalse();
        assertThat(scopeAsked(find(mine).getAttribute("data-agreement")))
                .containsExactlyInAnyOrder("name", "email", "phoneNumber");
        assertThat(shopStatus(mine)).isEqualTo("ACTIVE");
        picture("subscriptions-mine");

        clickToNewPage(mine + " .vipps-subscription-stop-button");
        assertThat(find(mine).getAttribute("data-status")).isEqualTo("STOPPED");
        assertThat(text(mine + " .vipps-subscription-next")).isEqualTo("None");
        assertThat(isPresent(mine + " .vipps-subscription-stop")).as("a stopped one cannot be stopped").isFalse();
        assertThat(shopStatus(mine)).isEqualTo("STOPPED");
    }

    @Test
    void theCoffeeBoxAsksTheAppForAnAddressTooAndADeclinedOneIsShownAsNotApproved() {
        logInWithVipps();
        subscribe("coffee-box");
        assertThat(text("#product-name")).isEqualTo("Coffee club box");
        assertThat(text("#claims")).contains("Address", "Name", "Phone number");

        assertThat(clickToNewPage("#reject-agreement")).isEqualTo("vipps/subscriptions");
        String mine = newestSubscription();
        assertThat(scopeAsked(find(mine).getAttribute("data-agreement")))
                .containsExactlyInAnyOrder("address", "name", "email", "phoneNumber");
        assertThat(find(mine).getAttribute("data-status")).isEqualTo("REJECTED");
        assertThat(text(mine + " .vipps-subscription-status")).isEqualTo("Not approved");
        assertThat(isPresent(mine + " .vipps-subscription-stop")).isFalse();
        assertThat(shopStatus(mine)).isEqualTo("REJECTED");
    }

    @Test
    void aVisitorWhoIsNotLoggedInIsAskedToLogInBeforeSubscribing() {
        open("/subscriptions/fjellbu-journal");
        browserWait().forPage("subscription/plan");

        assertThat(isPresent("#vipps-subscribe")).isFalse();
        assertThat(clickToNewPage("#subscribe-login a")).isEqualTo("customer/login");
    }

    /** The scope the shop's agreement asked for, as the simulator received it. */
    private List<String> scopeAsked(String agreementId) {
        JsonNode draft = simulator().journalQuery("operation=DraftAgreementV3").stream()
                .filter(entry -> entry.get("responseBody").asString().contains("\"" + agreementId + "\""))
                .findFirst().orElseThrow();
        return Arrays.asList(JSON.readTree(draft.get("body").asString()).get("scope").asString().split(" "));
    }
}
