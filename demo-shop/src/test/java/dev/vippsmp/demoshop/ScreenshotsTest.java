package dev.vippsmp.demoshop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.demoshop.testing.ShopBrowserTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Takes the README's pictures of the main pages. Runs only when asked:
 * {@code mvn -pl demo-shop -am verify -Dscreenshots=true -Dtest=ScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ScreenshotsTest extends ShopBrowserTest {

    private static final int WIDTH = 1280;

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

        acceptTermsAndPlaceOrder();
        waitForPath("/orders/");
        capture("order");

        placeAnotherOrder("fjord-wallpapers", "Ola", "Nordmann", "ola.nordmann@example.com");
        placeAnotherOrder("waffle-iron", "Ingrid", "Berg", "ingrid.berg@example.com");
        logInAsAdmin();
        find(".admin-orders tbody tr:first-child a").click();
        waitForPath("/admin/orders/");
        type("#note", "Sent with Posten, parcel 70712345678");
        find("#status-change button[value=SHIPPED]").click();
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
        acceptTermsAndPlaceOrder();
        waitForPath("/orders/");
    }

    /** The whole page, as tall as it is, at a desktop width. */
    private void capture(String name) throws IOException {
        JavascriptExecutor script = (JavascriptExecutor) browser();
        long height = (Long) script.executeScript("return document.documentElement.scrollHeight");
        long frame = (Long) script.executeScript("return window.outerHeight - window.innerHeight");
        browser().manage().window().setSize(new Dimension(WIDTH, (int) (Math.max(720, Math.min(height, 2400)) + frame)));
        script.executeScript("window.scrollTo(0, 0)");
        byte[] png = ((TakesScreenshot) browser()).getScreenshotAs(OutputType.BYTES);
        Path directory = Path.of(System.getProperty("screenshots.directory", "../docs/images"));
        Files.createDirectories(directory);
        Files.write(directory.resolve("demo-shop-" + name + ".png"), png);
        assertThat(png).hasSizeGreaterThan(10_000);
        browser().manage().window().setSize(new Dimension(WIDTH, 1024));
    }
}
