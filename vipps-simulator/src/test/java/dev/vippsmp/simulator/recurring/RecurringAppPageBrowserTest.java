package dev.vippsmp.simulator.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Receiver;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import dev.vippsmp.testsupport.BrowserWait;
import dev.vippsmp.testsupport.Chromium;
import dev.vippsmp.testsupport.RequiresChromium;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;

/** The agreement's app page in a real headless Chromium: what the user sees, Accept and Reject. */
@RequiresChromium
class RecurringAppPageBrowserTest {

    private static ChromeDriver browser;
    private static Receiver shop;
    private final Api api = new Api(Simulators.standard().baseUrl());

    @BeforeAll
    static void start() {
        browser = Chromium.newDriver();
        shop = new Receiver();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (shop != null) {
            shop.close();
        }
    }

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
        shop.clear();
        shop.answer(request -> new Receiver.Answer(200, "<html><title>Shop</title><body data-page='shop/return'>"
                + "<p id='back'>Back in the shop</p></body></html>", "text/html", 0));
    }

    private JsonNode create() {
        return TestAgreements.create(api, TestAgreements.draft("\"scope\":\"name email phoneNumber\","
                + "\"initialCharge\":{\"amount\":4900,\"description\":\"First month\","
                + "\"transactionType\":\"DIRECT_CAPTURE\"}").replace(TestAgreements.REDIRECT, shop.url("/return")));
    }

    private BrowserWait browserWait() {
        return BrowserWait.on(browser);
    }

    @Test
    void theUserSeesTheAgreementAndAcceptsIt() {
        JsonNode created = create();
        browser.get(created.get("vippsConfirmationUrl").asString());
        browserWait().forPage("recurring/app");
        assertThat(browserWait().visible(By.id("product-name")).getText()).isEqualTo("Coffee club");
        assertThat(browser.findElement(By.id("price")).getText()).isEqualTo("NOK 99.00");
        assertThat(browser.findElement(By.id("interval")).getText()).isEqualTo("every month");
        assertThat(browser.findElement(By.id("initial-charge")).getText()).contains("NOK 49.00", "First month");
        List<String> claims = browser.findElements(By.cssSelector("#claims li")).stream().map(WebElement::getText)
                .toList();
        assertThat(claims).containsExactly("Name", "Email address", "Phone number");

        browserWait().clickToNewPage(By.id("accept-agreement"));
        browserWait().forPage("shop/return");
        String id = created.get("agreementId").asString();
        assertThat(TestAgreements.agreement(api, id).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(TestAgreements.charge(api, id, created.get("chargeId").asString()).get("status").asString())
                .isEqualTo("CHARGED");

        browser.get(created.get("vippsConfirmationUrl").asString());
        browserWait().forPage("recurring/gone");
    }

    @Test
    void theUserRejectsIt() {
        JsonNode created = create();
        browser.get(created.get("vippsConfirmationUrl").asString());
        browserWait().forPage("recurring/app");
        browserWait().clickToNewPage(By.id("reject-agreement"));
        browserWait().forPage("shop/return");
        assertThat(TestAgreements.agreement(api, created.get("agreementId").asString()).get("status").asString())
                .isEqualTo("STOPPED");
    }
}
