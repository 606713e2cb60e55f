package dev.vippsmp.demoshop.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.testsupport.BrowserWait;
import dev.vippsmp.testsupport.Chromium;
import dev.vippsmp.testsupport.RequiresChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A browser test against the running shop: one headless Chromium per test class, started before the first test
 * and quit after the last; each test starts as a new visitor (no cookies) in English. Extend it and use
 * {@link #browser()} and the page steps below; the shop is shared with the other {@link ShopApplicationTest}s.
 */
@RequiresChromium
public abstract class ShopBrowserTest extends ShopApplicationTest {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private static final int SCREENSHOT_WIDTH = 1280;

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.newDriver(options -> options.addArguments("--lang=en-GB"));
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @BeforeEach
    protected void startAsNewVisitor() {
        open("/terms");
        browser.manage().deleteAllCookies();
    }

    protected WebDriver browser() {
        return browser;
    }

    /** The waits every step below uses: for a named page or a condition, a page being replaced counting as "not yet". */
    protected BrowserWait browserWait() {
        return BrowserWait.on(browser);
    }

    /** Opens the shop's page; WebDriver returns once it has loaded. */
    protected void open(String path) {
        browser.get(baseUrl() + path);
    }

    protected WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    protected boolean isPresent(String css) {
        return !browser.findElements(By.cssSelector(css)).isEmpty();
    }

    /** The element's visible text, with non-breaking spaces (as in "NOK 79.00") read as plain ones. */
    protected String text(String css) {
        return find(css).getText().replace('\u00a0', ' ');
    }

    /** Waits for a loaded page whose path starts with the given one, after a click that navigates. */
    protected void waitForPath(String pathPrefix) {
        browserWait().forAddress(baseUrl() + pathPrefix);
    }

    /** Clicks what the selector names once it takes clicks, for a control that stays on the page. */
    protected void click(String css) {
        browserWait().click(By.cssSelector(css));
    }

    /**
     * Clicks a link or button that loads a page, perhaps at the same address (a form that redirects back), and waits
     * until the new page has replaced the old one and loaded: waiting for the address alone could read the old page.
     * Returns the new page's name (its template, from the page's data-page marker).
     */
    protected String clickToNewPage(String css) {
        return browserWait().clickToNewPage(By.cssSelector(css));
    }

    protected void type(String css, String value) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(value);
    }

    /** Opens a product page and adds the quantity to the cart; ends on the cart page. */
    protected void addToCart(String slug, int quantity) {
        open("/products/" + slug);
        type("#quantity", String.valueOf(quantity));
        assertThat(clickToNewPage("form.add-to-cart button[type=submit]")).isEqualTo("cart/cart");
    }

    /** Fills the buyer's details on the checkout page. */
    protected void fillContactDetails(String firstName, String lastName, String email, String phone) {
        type("#firstName", firstName);
        type("#lastName", lastName);
        type("#email", email);
        type("#phone", phone);
    }

    protected void fillDeliveryAddress(String street, String postalCode, String city, String country) {
        type("#street", street);
        type("#postalCode", postalCode);
        type("#city", city);
        new Select(find("#country")).selectByValue(country);
    }

    protected void choose(String radioName, String value) {
        click("input[name=" + radioName + "][value='" + value + "']");
    }

    /** Accepts the terms and places the order; ends on the page the shop sends the buyer to. */
    protected void acceptTermsAndPlaceOrder() {
        if (!find("#acceptTerms1").isSelected()) {
            click("#acceptTerms1");
        }
        clickToNewPage("#checkout button[type=submit]");
    }

    /**
     * Saves the whole page, as tall as it is (at most 2400 pixels), at a desktop width, as {@code <name>.png} in the
     * folder the opt-in screenshot run names ({@code screenshots.directory}: the docs' images).
     */
    protected void screenshot(String name) throws IOException {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        long height = (Long) script.executeScript("return document.documentElement.scrollHeight");
        long frame = (Long) script.executeScript("return window.outerHeight - window.innerHeight");
        browser.manage().window().setSize(new Dimension(SCREENSHOT_WIDTH,
                (int) (Math.max(720, Math.min(height, 2400)) + frame)));
        script.executeScript("window.scrollTo(0, 0)");
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Path directory = Path.of(System.getProperty("screenshots.directory", "../docs/images"));
        Files.createDirectories(directory);
        Files.write(directory.resolve(name + ".png"), png);
        assertThat(png).hasSizeGreaterThan(10_000);
        browser.manage().window().setSize(new Dimension(SCREENSHOT_WIDTH, 1024));
    }

    /** Logs in on the admin login page; ends on the admin's order list. */
    protected void logInAsAdmin() {
        open("/admin/login");
        type("#username", ADMIN_USER);
        type("#password", ADMIN_PASSWORD);
        clickToNewPage("form.login-card button[type=submit]");
        waitForPath("/admin/orders");
    }
}
