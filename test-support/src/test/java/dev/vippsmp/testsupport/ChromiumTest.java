package dev.vippsmp.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;

@RequiresChromium
class ChromiumTest {

    @Test
    void rendersAPageAndRunsItsScriptHeadless() {
        ChromeDriver driver = Chromium.newDriver();
        try {
            driver.get("data:text/html,<title>t</title><p id=out></p>"
                    + "<script>document.getElementById('out').textContent=6*7</script>");
            assertThat(driver.getTitle()).isEqualTo("t");
            assertThat(driver.findElement(By.id("out")).getText()).isEqualTo("42");
        } finally {
            driver.quit();
        }
    }

    @Test
    void aSubmittedFormCountsAsReplacedOnceTheNextPageIsThere() {
        ChromeDriver driver = Chromium.newDriver();
        try {
            driver.get("data:text/html,<form action='about:blank'><button id=go>go</button></form>");
            WebElement button = driver.findElement(By.id("go"));
            assertThat(BrowserConditions.replaced(button).apply(driver)).isFalse();
            button.click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(BrowserConditions.replaced(button));
            assertThat(driver.getCurrentUrl()).startsWith("about:blank");
        } finally {
            driver.quit();
        }
    }
}
