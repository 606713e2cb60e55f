package dev.vippsmp.demoshop.vipps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Log in with Vipps in a real headless Chromium: from the shop's login page through the simulator's app page, back
 * to the shop logged in, with "My orders" listing the order placed before with the same email, and the checkout
 * filled in from what was shared. With {@code -Dscreenshots=true} it takes the docs' pictures of the login.
 */
class VippsLoginBrowserTest extends SandboxBrowserTest {

    private static final Pattern ORDER_PATH = Pattern.compile("/orders/(\\d+)");

    @Test
    void aCustomerLogsInWithVippsOnTheAppPageSeesTheirOrdersAndChecksOutPrefilled() throws IOException {
        long orderId = placeGuestOrderAsKari();
        startAsNewVisitor();

        open("/login");
        browserWait().forPage("customer/login");
        assertThat(text("#vipps-login")).isEqualTo("Log in with Vipps");
        picture("login-shop");

        assertThat(clickToNewPage("#vipps-login")).isEqualTo("login/app");
        assertThat(text("#claims")).contains("Name", "Email address", "Phone number", "Addresses");
        picture("login-app");

        assertThat(clickToNewPage("#accept-login")).isEqualTo("customer/orders");
        assertThat(browser().getCurrentUrl()).startsWith(baseUrl() + "/account/orders");
        assertThat(text("#customer-name")).isEqualTo("Logged in as Kari Nordmann");
        assertThat(isPresent("tr[data-order='" + orderId + "']")).as("Kari's earlier order is listed").isTrue();
        assertThat(isPresent("#nav-account")).isTrue();
        picture("login-my-orders");

        addToCart("enamel-mug", 1);
        open("/checkout");
        browserWait().forPage("checkout/checkout");
        assertThat(isPresent("#checkout-login")).as("a logged-in customer is not offered it again").isFalse();
        assertThat(find("#firstName").getAttribute("value")).isEqualTo("Kari");
        assertThat(find("#email").getAttribute("value")).isEqualTo("kari.nordmann@example.com");
        assertThat(find("#phone").getAttribute("value")).isEqualTo("4791234567");
        assertThat(find("#street").getAttribute("value")).isEqualTo("Robert Levins gate 5");
        assertThat(find("#postalCode").getAttribute("value")).isEqualTo("0154");
        picture("login-checkout-prefilled");
    }

    @Test
    void theAdminFindsTheLoginSettingsInTheShopsAdminMenuWithTheRedirectUriToRegister() throws IOException {
        logInAsAdmin();
        clickToNewPage("a[href='/admin/vipps/login']");

        browserWait().forPage("vipps/login/admin/settings");
        assertThat(find("#login-enabled").isSelected()).isTrue();
        assertThat(text("#login-redirect-uri")).isEqualTo(baseUrl() + "/login/oauth2/code/vipps");
        assertThat(find("#scope-birthDate").isSelected()).as("not asked for by the demo").isFalse();
        picture("login-admin-settings");
    }

    private long placeGuestOrderAsKari() {
        addToCart("enamel-mug", 1);
        open("/checkout");
        assertThat(isPresent("#checkout-login #vipps-login")).as("a guest is offered the login at checkout").isTrue();
        fillContactDetails("Kari", "Nordmann", "kari.nordmann@example.com", "912 34 567".replace(" ", ""));
        fillDeliveryAddress("Storgata 1", "0155", "Oslo", "NO");
        choose("shippingMethod", "home-delivery");
        choose("paymentMethod", "invoice");
        acceptTermsAndPlaceOrder();
        waitForPath("/orders/");
        Matcher matcher = ORDER_PATH.matcher(browser().getCurrentUrl());
        assertThat(matcher.find()).as(browser().getCurrentUrl()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** The docs' pictures come from the opt-in screenshot run only, so an ordinary run leaves docs/images alone. */
    private void picture(String name) throws IOException {
        if (Boolean.getBoolean("screenshots")) {
            screenshot(name);
        }
    }
}
