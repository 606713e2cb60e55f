package dev.vippsmp.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.NotFoundException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The one way browser tests wait: for a condition that names what the test reads next, never for time.
 *
 * <p>Pages mark themselves ready for it: their {@code <body>} carries {@code data-page} with the name of the page's
 * template ("cart/cart", "simulator/landing/consent"), and a page counts as there once its document has loaded.
 * A click that loads a page waits for a <em>new</em> document with that marker, so an old page at the same address
 * is never mistaken for the next one.
 *
 * <p>While a page is being replaced, reading it fails in ways that mean only "not yet": a stale element, an element
 * not there yet, or chromedriver's inspector errors such as "Node with given id does not belong to the document".
 * Those are retried until the timeout; the last of them becomes the cause of the timeout, so a wait that never
 * succeeds still says what it saw. Any other browser error fails at once.
 */
public final class BrowserWait {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    private static final Duration POLL = Duration.ofMillis(50);

    /** Messages chromedriver gives while a document is torn down or not yet attached; none of them is a failure. */
    private static final List<String> REPLACING_DOCUMENT = List.of(
            "does not belong to the document",
            "No node with given id",
            "Node with given id",
            "unhandled inspector error",
            "Execution context was destroyed",
            "Cannot find context with specified id",
            "Inspected target navigated or closed",
            "target frame detached");

    /** The loaded document's page name, or null while there is none; {@code arguments[0]} is a left-behind mark. */
    private static final String LOADED_PAGE = """
            if (arguments[0] && document.vippsLeftBehind === arguments[0]) { return null; }
            if (document.readyState !== 'complete' || !document.body) { return null; }
            return document.body.getAttribute('data-page');""";

    private final WebDriver driver;
    private final Duration timeout;

    private BrowserWait(WebDriver driver, Duration timeout) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.timeout = timeout;
    }

    public static BrowserWait on(WebDriver driver) {
        return new BrowserWait(driver, DEFAULT_TIMEOUT);
    }

    /** The same waits with another timeout, e.g. for a page that polls until the payment is final. */
    public BrowserWait within(Duration otherTimeout) {
        return new BrowserWait(driver, otherTimeout);
    }

    /**
     * Waits until the condition gives something other than null or false, and returns it. The condition is asked
     * again while the page is being replaced (see the class comment).
     */
    public <T> T until(String what, Function<? super WebDriver, T> condition) {
        return new FluentWait<>(driver)
                .withTimeout(timeout)
                .pollingEvery(POLL)
                .withMessage(() -> "waiting for " + what + "; the browser is at " + describeCurrent())
                .ignoring(NotYet.class)
                .until(browser -> {
                    try {
                        return condition.apply(browser);
                    } catch (WebDriverException e) {
                        if (isNotYet(e)) {
                            throw new NotYet(e);
                        }
                        throw e;
                    }
                });
    }

    /** Whether a browser error only means that the page is being replaced or has not shown the element yet. */
    public static boolean isNotYet(WebDriverException e) {
        if (e instanceof StaleElementReferenceException || e instanceof NotFoundException
                || e instanceof ElementNotInteractableException || e instanceof ElementClickInterceptedException) {
            return true;
        }
        String message = String.valueOf(e.getMessage());
        boolean replacing = REPLACING_DOCUMENT.stream().anyMatch(message::contains);
        return replacing && (e instanceof JavascriptException || e.getClass() == WebDriverException.class);
    }

    /** The element, once it is on the page and shown. */
    public WebElement visible(By locator) {
        return until(locator + " to be shown", browser -> {
            WebElement element = browser.findElement(locator);
            return element.isDisplayed() ? element : null;
        });
    }

    /** Clicks the element once it is shown and enabled; a click that lands on a page being replaced is tried again. */
    public void click(By locator) {
        until(locator + " to take a click", browser -> {
            WebElement element = browser.findElement(locator);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Waits until the loaded page is the named one and returns it. */
    public void forPage(String page) {
        until("page '" + page + "'",
                browser -> page.equals(loadedPage(browser, null)));
    }

    /** The name of the page once one has loaded. */
    public String loadedPage() {
        return until("a loaded page with a data-page marker", browser -> loadedPage(browser, null));
    }

    /** Waits until the address contains the text and the page there has loaded; returns the page's name. */
    public String forAddress(String part) {
        return until("a loaded page at an address containing " + part,
                browser -> browser.getCurrentUrl().contains(part) ? loadedPage(browser, null) : null);
    }

    /**
     * Clicks the element and waits until a new document has replaced this one and loaded, even when it is at the
     * same address (a form that redirects back). Returns the new page's name.
     */
    public String clickToNewPage(By locator) {
        String mark = leaveBehind();
        click(locator);
        return until("a new page after clicking " + locator,
                browser -> loadedPage(browser, mark));
    }

    /** Clicks the element and waits for the named page to replace this one. */
    public void clickToPage(By locator, String page) {
        String next = clickToNewPage(locator);
        if (!page.equals(next)) {
            forPage(page);
        }
    }

    /** Marks the current document so that a wait can tell it from the one that replaces it. */
    private String leaveBehind() {
        String mark = UUID.randomUUID().toString();
        until("the current page to take a mark", browser -> {
            ((JavascriptExecutor) browser).executeScript("document.vippsLeftBehind = arguments[0];", mark);
            return true;
        });
        return mark;
    }

    private static String loadedPage(WebDriver browser, String leftBehind) {
        Object page = ((JavascriptExecutor) browser).executeScript(LOADED_PAGE, leftBehind);
        return page instanceof String name && !name.isEmpty() ? name : null;
    }

    /** Where the browser is, for a timeout's message; never throws. */
    private String describeCurrent() {
        try {
            return driver.getCurrentUrl();
        } catch (WebDriverException e) {
            return "unknown address";
        }
    }

    /** A read that failed only because the page was not ready; carries what the browser said. */
    private static final class NotYet extends WebDriverException {
        NotYet(WebDriverException cause) {
            super("not yet: " + String.valueOf(cause.getMessage()).lines().findFirst().orElse(""), cause);
        }
    }
}
