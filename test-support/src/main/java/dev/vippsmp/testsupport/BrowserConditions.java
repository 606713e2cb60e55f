package dev.vippsmp.testsupport;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;

/** Waits that hold up against the way Debian's chromedriver reports a page that is being replaced. */
public final class BrowserConditions {

    private BrowserConditions() {
    }

    /**
     * True once {@code element} no longer belongs to the page, e.g. after a click that submits a form. Selenium's
     * {@code stalenessOf} expects a stale-element error, but while the old document is being torn down chromedriver
     * may answer "unknown error: ... Node with given id does not belong to the document" instead, which means the
     * same thing and must not fail the wait.
     */
    public static ExpectedCondition<Boolean> replaced(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                    return true;
                }
                throw e;
            }
        };
    }
}
