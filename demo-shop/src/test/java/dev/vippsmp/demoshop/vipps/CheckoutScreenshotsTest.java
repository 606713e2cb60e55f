package dev.vippsmp.demoshop.vipps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Takes the pictures of the shopper's flows in docs/shopper-flows.md and docs/express-buttons.md. Runs only when
 * asked: {@code mvn -B -pl demo-shop -am verify -Dscreenshots=true -Dtest=CheckoutScreenshotsTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class CheckoutScreenshotsTest extends SandboxBrowserTest {

    @Test
    void takesPicturesOfTheShoppersFlows() throws IOException {
        open("/products/wool-blanket");
        screenshot("checkout-express-product");

        addToCart("cheese-slicer", 1);
        addToCart("fjord-wallpapers", 1);
        screenshot("checkout-express-cart");

        open("/checkout");
        fillContactDetails("Kari", "Nordmann", "kari.nordmann@example.com", "912 34 567");
        fillDeliveryAddress("Storgata 1", "0155", "Oslo", "NO");
        choose("shippingMethod", "pickup-point");
        screenshot("checkout-payment-method");

        acceptTermsAndPlaceOrder();
        waitForLandingPage();
        screenshot("checkout-landing");
        // The buyer is back before the app has said anything: the page waits, and updates itself.
        open(simulator().newestPayment().get("returnUrl").asString().substring(baseUrl().length()));
        assertThat(find("[data-vipps-state]").getAttribute("data-vipps-state")).isEqualTo("WAITING");
        screenshot("checkout-waiting");
        clickToLandingPage("#vipps-open-app");
        logInToApp();
        approveInApp();
        assertThat(returnPageSettles()).isEqualTo("PAID");
        screenshot("checkout-paid");

        startAsNewVisitor();
        open("/products/northern-lights-cookbook");
        clickToLandingPage(".vipps-express-product button");
        logInToApp();
        screenshot("checkout-express-consent");
        shareInApp();
        rejectInApp();
        assertThat(returnPageSettles()).isEqualTo("REJECTED");
        screenshot("checkout-rejected");
    }
}
