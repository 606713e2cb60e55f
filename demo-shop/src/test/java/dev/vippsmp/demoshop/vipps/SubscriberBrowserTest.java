package dev.vippsmp.demoshop.vipps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

/** The steps of a customer with subscriptions: log in with Vipps, subscribe to a plan, find it on "My subscriptions". */
abstract class SubscriberBrowserTest extends SandboxBrowserTest {

    /** Logs in with Vipps as the simulator's default user; ends on "My orders". */
    protected void logInWithVipps() {
        open("/login");
        browserWait().forPage("customer/login");
        assertThat(clickToNewPage("#vipps-login")).isEqualTo("login/app");
        assertThat(clickToNewPage("#accept-login")).isEqualTo("customer/orders");
    }

    /** Opens the plan's page and subscribes; ends on the simulator's Recurring app page. */
    protected void subscribe(String slug) {
        open("/subscriptions/" + slug);
        browserWait().forPage("subscription/plan");
        assertThat(clickToNewPage("#vipps-subscribe")).isEqualTo("recurring/app");
    }

    /** The selector of the newest sign-up's entry on "My subscriptions": the one the test just made. */
    protected String newestSubscription() {
        long id = jdbc.queryForObject("select max(id) from shop_subscription", Long.class);
        String selector = ".vipps-subscription[data-order='" + id + "']";
        assertThat(isPresent(selector)).as("sign-up %d on the page", id).isTrue();
        return selector;
    }

    /** The shop's own status of the sign-up the page's entry shows. */
    protected String shopStatus(String selector) {
        return jdbc.queryForObject("select status from shop_subscription where id = ?", String.class,
                Long.parseLong(find(selector).getAttribute("data-order")));
    }

    /** The docs' pictures come from the opt-in screenshot run only, so an ordinary run leaves docs/images alone. */
    protected void picture(String name) throws IOException {
        if (Boolean.getBoolean("screenshots")) {
            screenshot(name);
        }
    }
}
