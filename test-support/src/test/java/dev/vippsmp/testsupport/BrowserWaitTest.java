package dev.vippsmp.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The wait every browser test uses, against a small page server on loopback whose form answers slowly and redirects
 * back to the same address: exactly the case where a wait for the address alone reads the old page.
 */
@RequiresChromium
class BrowserWaitTest {

    private static final String INSPECTOR_ERROR = "unhandled inspector error: "
            + "{\"code\":-32000,\"message\":\"Node with given id does not belong to the document\"}";

    private static HttpServer server;
    private static ChromeDriver browser;
    private static final AtomicInteger SUBMITS = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/form", BrowserWaitTest::form);
        server.createContext("/slow", exchange -> {
            pause(400);
            page(exchange, "slow", "<p id=there>there</p>");
        });
        server.start();
        browser = Chromium.newDriver();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private static void form(HttpExchange exchange) throws IOException {
        if ("POST".equals(exchange.getRequestMethod())) {
            exchange.getRequestBody().readAllBytes();
            SUBMITS.incrementAndGet();
            pause(400);
            exchange.getResponseHeaders().add("Location", "/form");
            exchange.sendResponseHeaders(303, -1);
            exchange.close();
            return;
        }
        page(exchange, "form", "<p id=count>" + SUBMITS.get() + "</p>"
                + "<form method=post action=/form><button id=send>Send</button></form>");
    }

    private static void page(HttpExchange exchange, String name, String content) throws IOException {
        byte[] body = ("<!DOCTYPE html><html><head><title>" + name + "</title></head><body data-page='" + name
                + "'>" + content + "</body></html>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void aFormThatRedirectsBackToTheSameAddressIsReadOnlyOnceTheNewPageIsThere() {
        browser.get(url("/form"));
        BrowserWait wait = BrowserWait.on(browser);
        wait.forPage("form");
        int before = Integer.parseInt(browser.findElement(By.id("count")).getText());

        assertThat(wait.clickToNewPage(By.id("send"))).isEqualTo("form");

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/form"));
        assertThat(browser.findElement(By.id("count")).getText()).isEqualTo(String.valueOf(before + 1));
    }

    @Test
    void aPageIsThereOnlyOnceItsAddressMatchesAndItHasLoaded() {
        browser.get(url("/form"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("location.href = arguments[0]", url("/slow"));

        assertThat(BrowserWait.on(browser).forAddress("/slow")).isEqualTo("slow");
        assertThat(browser.findElement(By.id("there")).getText()).isEqualTo("there");
    }

    @Test
    void aStaleElementOrTheInspectorsNodeErrorMeansNotYet() {
        AtomicInteger reads = new AtomicInteger();

        String read = BrowserWait.on(browser).until("a read that fails twice", driver -> {
            switch (reads.incrementAndGet()) {
                case 1 -> throw new StaleElementReferenceException("stale element reference");
                case 2 -> throw new WebDriverException(INSPECTOR_ERROR);
                default -> {
                    return "read";
                }
            }
        });

        assertThat(read).isEqualTo("read");
        assertThat(reads).hasValue(3);
    }

    @Test
    void anyOtherBrowserErrorFailsAtOnce() {
        AtomicInteger reads = new AtomicInteger();

        assertThatThrownBy(() -> BrowserWait.on(browser).until("a read that breaks", driver -> {
            reads.incrementAndGet();
            throw new WebDriverException("chrome not reachable");
        })).isInstanceOf(WebDriverException.class).isNotInstanceOf(TimeoutException.class)
                .hasMessageContaining("chrome not reachable");
        assertThat(reads).hasValue(1);
    }

    @Test
    void aWaitThatNeverSucceedsSaysWhatItWaitedForAndWhatTheBrowserLastSaid() {
        browser.get(url("/form"));

        assertThatThrownBy(() -> BrowserWait.on(browser).within(Duration.ofMillis(300)).until("a page that stays old",
                driver -> {
                    throw new WebDriverException(INSPECTOR_ERROR);
                }))
                .isInstanceOf(TimeoutException.class)
                .hasMessageContaining("waiting for a page that stays old; the browser is at " + url("/form"))
                .cause().hasMessageContaining("Node with given id does not belong to the document");
    }

    @Test
    void aClickThatLoadsNoPageIsAClearTimeout() {
        browser.get("data:text/html,<body data-page=still><button id=idle>Idle</button></body>");

        assertThatThrownBy(() -> BrowserWait.on(browser).within(Duration.ofMillis(500))
                .clickToNewPage(By.id("idle")))
                .isInstanceOf(TimeoutException.class)
                .hasMessageContaining("a new page after clicking By.id: idle");
    }
}
