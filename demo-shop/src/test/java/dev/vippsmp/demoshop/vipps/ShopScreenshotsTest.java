package dev.vippsmp.demoshop.vipps;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Takes the README's pictures of the main pages, in sandbox mode as the README's first command starts the shop
 * (so the plugin's payment method and "Buy now" buttons are on them). Runs only when asked:
 * {@code mvn -pl demo-shop -am verify -Dscreenshots=true -Dtest=ShopScreenshotsTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ShopScreenshotsTest extends SandboxBrowserTest {

    @Test
    void takesPicturesOfTheMainPages() throws IOException {
        open("/");
        capture("catalogue");

        open("/products/wool-blanket");
        capture("product");

        addToCart("wool-blanket", 1);
        addToCart("enamel-mug", 2);
        addToCart("northern-lights-cookbook", 1);
        capture("cart");

        open("/checkout");
        fillContactDetails("Kari", "Nordmann", "kari.nordmann@example.com", "912 34 567");
        fillDeliveryAddress("Storgata 1", "0155", "Oslo", "NO");
        choose("shippingMethod", "home-delivery");
        capture("checkout");

        choose("paymentMethod", "invoice");
        acceptTermsAndPlaceOrder();
        waitForPath("/orders/");
        capture("order");

        placeAnotherOrder("fjord-wallpapers", "Ola", "Nordmann", "ola.nordmann@example.com");
        placeAnotherOrder("waffle-iron", "Ingrid", "Berg", "ingrid.berg@example.com");
        logInAsAdmin();
        clickToNewPage(".admin-orders tbody tr:first-child a");
        waitForPath("/admin/orders/");
        type("#note", "Sent with Posten, parcel 70712345678");
        clickToNewPage("#status-change button[value=SHIPPED]");
        waitForPath("/admin/orders/");
        capture("admin-order");

        open("/admin/orders");
        capture("admin-orders");
    }

    private void placeAnotherOrder(String slug, String firstName, String lastName, String email) {
        startAsNewVisitor();
        addToCart(slug, 1);
        open("/checkout");
        fillContactDetails(firstName, lastName, email, "98765432");
        if (isPresent("#street")) {
            fillDeliveryAddress("Bryggen 3", "5003", "Bergen", "NO");
        }
        choose("paymentMethod", "invoice");
        acceptTermsAndPlaceOrder();
        waitForPath("/orders/");
    }

    private void capture(String name) throws IOException {
        screenshot("demo-shop-" + name);
    }
}
