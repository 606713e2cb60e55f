package dev.vippsmp.demoshop.vipps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.demoshop.testing.ShopBrowserTest;
import dev.vippsmp.testsupport.SimulatorControl;
import java.time.Duration;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Value;

/**
 * A browser test of the shop in sandbox mode: the shop's pages, the simulator's landing page standing in for the
 * app, and the plugin's return page, in one headless Chromium.
 */
@SandboxShop
abstract class SandboxBrowserTest extends ShopBrowserTest {

    /** Long enough for a webhook, or the return page's own polling, to finish a payment. */
    static final Duration RETURN_PAGE_SETTLES = Duration.ofSeconds(20);

    @Value("${vipps.base-url}")
    private String simulatorUrl;

    protected SimulatorControl simulator() {
        return new SimulatorControl(simulatorUrl);
    }

    protected String orderStatus(long orderId) {
        return jdbc.queryForObject("select status from shop_order where id = ?", String.class, orderId);
    }

    /** Waits for the app's stand-in, after a click that sends the browser to it. */
    protected void waitForLandingPage() {
        browserWait().forAddress(simulatorUrl + "/simulator/landing");
    }

    /** Clicks what sends the browser to the app's stand-in (a Vipps button), and waits for its first page. */
    protected void clickToLandingPage(String css) {
        clickToNewPage(css);
        waitForLandingPage();
    }

    /** On the landing page: logs in as the number it shows (the buyer's, else the default user). */
    protected void logInToApp() {
        clickThrough("next");
    }

    /** On the landing page's consent step: shares what the shop asks for. */
    protected void shareInApp() {
        clickThrough("accept-consent");
    }

    /** On the landing page's address or delivery step: takes what is chosen and goes on to the next step. */
    protected void continueInApp() {
        clickThrough("continue");
    }

    /** Clicks the landing page's button once it takes clicks, and waits until the next step has loaded. */
    private void clickThrough(String buttonId) {
        browserWait().clickToNewPage(By.id(buttonId));
    }

    /** Approves in the app; the browser then goes back to the shop. */
    protected void approveInApp() {
        clickThrough("approve");
    }

    protected void rejectInApp() {
        clickThrough("reject");
    }

    /** Waits until the return page shows a final state (it updates itself while waiting) and returns it. */
    protected String returnPageSettles() {
        browserWait().forAddress(baseUrl() + "/vipps/return/");
        return browserWait().within(RETURN_PAGE_SETTLES).until("the return page to show a final state", driver -> {
            String state = driver.findElement(By.cssSelector("[data-vipps-state]")).getAttribute("data-vipps-state");
            return "WAITING".equals(state) ? null : state;
        });
    }

    /** The order id of the payment reference the return page shows ({@code fjellbu-<order>-<attempt>}). */
    protected long orderOnReturnPage() {
        String reference = text("#vipps-reference");
        assertThat(reference).matches("fjellbu-\\d+-\\d+");
        return Long.parseLong(reference.split("-")[1]);
    }
}
