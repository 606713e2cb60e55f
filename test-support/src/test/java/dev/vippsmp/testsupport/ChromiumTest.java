package dev.vippsmp.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
}
