package dev.vippsmp.demoshop.vipps.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.payment.InitiationRequest;
import dev.vippsmp.demoshop.cart.CartCookie;
import dev.vippsmp.demoshop.testing.ShopClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Takes the admin guide's pictures (docs/images/admin-*.png). Runs only when asked:
 * {@code mvn -pl demo-shop -am verify -Dscreenshots=true -Dtest=AdminScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class AdminScreenshotsTest extends AdminBrowserTest {

    private static final int WIDTH = 1280;

    @Test
    void takesPicturesOfTheAdminPages() throws IOException {
        String shipped = reservedPayment("wool-blanket");
        String refunded = reservedPayment("waffle-iron");
        String released = reservedPayment("enamel-mug");
        reservedPayment("cheese-slicer");
        payments.money().capture(shipped, 50_000);
        payments.money().capture(refunded, payments.queries().find(refunded).orElseThrow().capturableMinor());
        payments.money().refund(refunded, 20_000);
        payments.money().cancel(released);
        ShopClient waiting = newVisitor();
        waiting.addToCart("wool-mittens", 1);
        payments.initiation().initiate(InitiationRequest.checkout(shop.createOrderFromCart(waiting.cookie(CartCookie.NAME)
                .orElseThrow()), "https://shop.example/return"));
        simulator().fault("{\"operation\":\"capturePayment\",\"action\":\"ERROR\",\"status\":400,\"errorCode\":\"6090\"}");
        try {
            payments.money().capture(shipped, 1_000);
        } catch (RuntimeException refused) {
            // The refusal is what the dashboard's latest errors show.
        }

        logInAsAdmin();
        open(AdminFixtures.SETTINGS);
        capture("settings");

        type("#pluginVersion", "0.2.0");
        type("#systemVersion", "2026.11");
        waitUntil(page -> find("#header-preview tr[data-header='Vipps-System-Plugin-Version'] td").getText()
                .equals("0.2.0"));
        captureElement("header-preview", "#headers-heading", "section");
        click("#expressAlwaysAskForAddress");
        clickToNewPage("#save-settings");
        waitUntil(page -> isPresent("#settings-saved"));

        open(AdminFixtures.SETTINGS);
        type("#test-clientSecret", "a-mistyped-secret");
        click("#test-connection");
        waitUntil(page -> isPresent("#connection-report"));
        captureElement("test-connection", "#keys-heading", "section");

        open(AdminFixtures.SETTINGS + "/history");
        capture("history");

        open(AdminFixtures.PAYMENTS);
        capture("payments");

        open(AdminFixtures.PAYMENTS + "/" + shipped);
        type("#refund-amount", "120,50");
        clickToNewPage("#refund-form button[type=submit]");
        waitUntil(page -> isPresent("#operation-done"));
        capture("payment");

        String elsewhere = client.webhooks().register("https://old-shop.example/vipps/webhooks",
                List.of("epayments.payment.captured.v1", "epayments.payment.refunded.v1")).id();
        open(AdminFixtures.ADMIN + "/webhooks");
        capture("webhooks");
        client.webhooks().delete(elsewhere);

        open(AdminFixtures.ADMIN + "/dashboard");
        capture("dashboard");
    }

    /** The whole page, as tall as it is, at a desktop width. */
    private void capture(String name) throws IOException {
        fitWindowToPage();
        write(name, ((TakesScreenshot) browser()).getScreenshotAs(OutputType.BYTES));
    }

    /** One part of the page: the element the heading is in. */
    private void captureElement(String name, String heading, String container) throws IOException {
        fitWindowToPage();
        var element = find(heading).findElement(org.openqa.selenium.By.xpath("ancestor::" + container + "[1]"));
        write(name, element.getScreenshotAs(OutputType.BYTES));
    }

    private void fitWindowToPage() {
        // From a standard window, so a short page is not measured as tall as the page before it.
        browser().manage().window().setSize(new Dimension(WIDTH, 1024));
        JavascriptExecutor script = (JavascriptExecutor) browser();
        long height = (Long) script.executeScript("return document.documentElement.scrollHeight");
        long frame = (Long) script.executeScript("return window.outerHeight - window.innerHeight");
        browser().manage().window().setSize(new Dimension(WIDTH, (int) (Math.max(720, Math.min(height, 3200)) + frame)));
        script.executeScript("window.scrollTo(0, 0)");
    }

    private static void write(String name, byte[] png) throws IOException {
        Path directory = Path.of(System.getProperty("screenshots.directory", "../docs/images"));
        Files.createDirectories(directory);
        Files.write(directory.resolve("admin-" + name + ".png"), png);
        assertThat(png).hasSizeGreaterThan(10_000);
    }
}
