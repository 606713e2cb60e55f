package dev.vippsmp.recurring.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.recurring.SubscriptionStatus;
import dev.vippsmp.recurring.VippsSubscriptions;
import dev.vippsmp.recurring.polling.RecurringJobs;
import dev.vippsmp.recurring.spi.IntervalUnit;
import dev.vippsmp.testsupport.MutableClock;
import dev.vippsmp.recurring.support.RecurringHost;
import dev.vippsmp.recurring.support.Simulator;
import dev.vippsmp.recurring.support.SubscriberShop;
import dev.vippsmp.testsupport.BrowserWait;
import dev.vippsmp.testsupport.Chromium;
import dev.vippsmp.testsupport.RequiresChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The subscription pages in a real headless Chromium, in the admin's frame behind the host's form login: the list
 * and an agreement's page with a failed charge's reason and its event log in English and in Norwegian (the browser's
 * language), Stop
 * after the browser's own question, and a refund typed in major units. Agreements are made at the simulator over
 * HTTP and charged by the plugin's charging job; the simulator fails the charge. With {@code -Dscreenshots=true} it also takes the
 * admin guide's pictures (docs/images/subscriptions-admin-*.png).
 */
@RequiresChromium
@SpringBootTest(classes = {RecurringHost.class, AdminSecurity.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "spring.datasource.url=jdbc:h2:mem:vipps-recurring-admin-browser;DB_CLOSE_DELAY=-1",
        "spring.jpa.open-in-view=false",
        "vipps.test.merchant-serial-number=123456",
        "vipps.test.client-id=sim-client-id",
        "vipps.test.client-secret=sim-client-secret",
        "vipps.test.subscription-key=sim-subscription-key",
        "vipps.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "vipps.background-jobs.enabled=false",
        "vipps.http.initial-delay=1ms",
        "vipps.http.max-delay=10ms",
        "vipps.http.jitter=0ms",
        "vipps.recurring.lead-time=P7D",
        "vipps.recurring.retry-days=0",
        "vipps.recurring.poll-interval=PT1S",
        "vipps.recurring.max-poll-interval=PT2S",
        "vipps.system.plugin-name=vipps-recurring-tests",
        "vipps.admin.time-zone=Europe/Oslo"})
class SubscriptionAdminBrowserTest {

    private static final String LIST = "/admin/vipps/subscriptions";
    private static final int SCREENSHOT_WIDTH = 1280;

    @LocalServerPort
    int port;
    @Autowired
    VippsSubscriptions subscriptions;
    @Autowired
    VippsClient client;
    @Autowired
    SubscriberShop shop;
    @Autowired
    RecurringJobs jobs;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private SubscriptionFixtures fixtures;
    private ChromeDriver browser;

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("vipps.base-url", Simulator::baseUrl);
    }

    @BeforeEach
    void startAfresh() {
        SubscriptionFixtures.startAfresh(jdbc, clock);
        fixtures = new SubscriptionFixtures(subscriptions, shop, jobs, clock);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAdminSeesAFailedChargesReasonInTheirLanguageStopsTheAgreementAndRefundsACharge() {
        String agreement = fixtures.activeAgreement(29_900, IntervalUnit.WEEK);
        fixtures.failNextPeriod(agreement, "user_action_required", "Insufficient funds");

        logIn("nb-NO", LIST + "?q=" + SubscriberShop.CUSTOMER, "vipps/recurring/admin/subscriptions");
        assertThat(text("tr[data-agreement='" + agreement + "'] .last-failure"))
                .isEqualTo("Abonnenten må gjøre noe i appen, for eksempel ved manglende dekning eller utløpt kort.");
        browserWait().clickToPage(By.cssSelector("tr[data-agreement='" + agreement + "'] a"),
                "vipps/recurring/admin/subscription");
        assertThat(text("tr[data-period='1'] .failure-reason"))
                .isEqualTo("Abonnenten må gjøre noe i appen, for eksempel ved manglende dekning eller utløpt kort.");
        assertThat(text("tr[data-period='1'] .failure-description")).isEqualTo("Insufficient funds");
        assertThat(text("#price")).isEqualTo("NOK 299,00");
        assertThat(text("#events tr[data-event='PERIOD_FAILED'] .event-type"))
                .isEqualTo("Butikken varslet: periode feilet");
        assertThat(text("#events tr[data-event='PERIOD_FAILED'] .event-amount")).isEqualTo("NOK 299,00");
        assertThat(text("#events tr[data-event='CHARGE_CLAIMED'] .event-source")).isEqualTo("Trekkjobben");
        assertThat(browser.findElement(By.cssSelector("#events tr[data-event='CHARGE_CLAIMED'] .event-source"))
                .getAttribute("title")).isEqualTo("JOB");
        browser.quit();

        logIn("en-GB", LIST + "?q=" + SubscriberShop.CUSTOMER, "vipps/recurring/admin/subscriptions");
        assertThat(text("tr[data-agreement='" + agreement + "'] .last-failure"))
                .isEqualTo("The subscriber must act in the app, e.g. for insufficient funds or an expired card.");
        assertThat(text("tr[data-agreement='" + agreement + "'] td:nth-child(4)")).isEqualTo("Active");
        browserWait().clickToPage(By.cssSelector("tr[data-agreement='" + agreement + "'] a"),
                "vipps/recurring/admin/subscription");
        assertThat(text("tr[data-period='1'] .failure-reason"))
                .isEqualTo("The subscriber must act in the app, e.g. for insufficient funds or an expired card.");
        assertThat(text("#events tr[data-event='PERIOD_FAILED'] .event-type")).isEqualTo("Shop told: period failed");
        assertThat(text("#events tr[data-event='PERIOD_FAILED'] .event-amount")).isEqualTo("NOK 299.00");
        assertThat(text("#events tr[data-event='PERIOD_FAILED'] .event-description")).isEqualTo("Insufficient funds");
        assertThat(text("#events tr[data-event='AGREEMENT_CREATED'] .event-source")).isEqualTo("The shop");

        type("#refund-amount-0", "120.50");
        browserWait().clickToPage(By.cssSelector("#refund-form-0 button[type=submit]"),
                "vipps/recurring/admin/subscription");
        assertThat(text("#operation-done")).isEqualTo("Refunded NOK 120.50 of period 0.");
        assertThat(text("tr[data-period='0'] .refunded")).isEqualTo("NOK 120.50");
        String chargeId = subscriptions.charges(agreement).stream().filter(charge -> charge.period() == 0)
                .findFirst().orElseThrow().chargeId();
        assertThat(client.recurring().getCharge(agreement, chargeId).summary().refunded()).isEqualTo(12_050);

        // The click opens the browser's own question; the form is sent only once it is answered.
        browserWait().click(By.id("stop-subscription"));
        Alert question = browserWait().until("the question before stopping", page -> page.switchTo().alert());
        assertThat(question.getText()).isEqualTo("Stop the subscription to Coffee box? No more charges will be "
                + "made, and it cannot be undone.");
        question.accept();
        browserWait().until("the stopped page", page -> isPresent("#operation-done")
                && text("#operation-done").startsWith("The subscription is stopped."));
        assertThat(text("#subscription-status")).isEqualTo("Stopped");
        assertThat(browser.findElement(By.id("stop-subscription")).isEnabled()).isFalse();
        assertThat(subscriptions.find(agreement).orElseThrow().status()).isEqualTo(SubscriptionStatus.STOPPED);
        assertThat(client.recurring().getAgreement(agreement).status()).isEqualTo("STOPPED");
    }

    @Test
    @EnabledIfSystemProperty(named = "screenshots", matches = "true")
    void takesThePicturesOfTheAdminGuide() throws IOException {
        String stopped = fixtures.activeAgreement(14_900, IntervalUnit.MONTH);
        subscriptions.stop(stopped);
        fixtures.activeAgreement(8_900, IntervalUnit.MONTH);
        fixtures.pendingAgreement(34_900, IntervalUnit.MONTH);
        String failing = fixtures.activeAgreement(29_900, IntervalUnit.WEEK);
        fixtures.failNextPeriod(failing, "user_action_required", "Insufficient funds");

        logIn("en-GB", LIST, "vipps/recurring/admin/subscriptions");
        capture("subscriptions-admin-list");
        browserWait().clickToPage(By.cssSelector("tr[data-agreement='" + failing + "'] a"),
                "vipps/recurring/admin/subscription");
        capture("subscriptions-admin-detail");
    }

    /** A new browser in the language, at the page behind the host's form login, logged in as the admin. */
    private void logIn(String language, String path, String page) {
        // Headless Chromium sends Accept-Language from its preferences, not from --lang alone.
        browser = Chromium.newDriver(options -> {
            options.addArguments("--lang=" + language);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        });
        browser.get("http://127.0.0.1:" + port + path);
        browserWait().visible(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("password");
        browserWait().clickToPage(By.cssSelector("button[type=submit]"), page);
    }

    private BrowserWait browserWait() {
        return BrowserWait.on(browser);
    }

    private boolean isPresent(String css) {
        return !browser.findElements(By.cssSelector(css)).isEmpty();
    }

    /** The element's visible text, with non-breaking spaces (as in "NOK 299.00") read as plain ones. */
    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().replace('\u00a0', ' ');
    }

    private void type(String css, String value) {
        WebElement field = browser.findElement(By.cssSelector(css));
        field.clear();
        field.sendKeys(value);
    }

    /** The whole page, as tall as it is, at a desktop width, as the admin guide's other pictures are taken. */
    private void capture(String name) throws IOException {
        browser.manage().window().setSize(new Dimension(SCREENSHOT_WIDTH, 1024));
        JavascriptExecutor script = browser;
        long height = (Long) script.executeScript("return document.documentElement.scrollHeight");
        long frame = (Long) script.executeScript("return window.outerHeight - window.innerHeight");
        browser.manage().window().setSize(new Dimension(SCREENSHOT_WIDTH,
                (int) (Math.max(720, Math.min(height, 3200)) + frame)));
        script.executeScript("window.scrollTo(0, 0)");
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Path directory = Path.of(System.getProperty("screenshots.directory", "../docs/images"));
        Files.createDirectories(directory);
        Files.write(directory.resolve(name + ".png"), png);
        assertThat(png).hasSizeGreaterThan(10_000);
    }
}
