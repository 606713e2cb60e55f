package dev.vippsmp.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's Chromium in headless mode through Debian's chromedriver, which always matches its version.
 * Naming both executables keeps Selenium from trying to download a driver or a browser, which this network refuses.
 */
public final class Chromium {

    static final String BROWSER_PROPERTY = "chromium.binary";
    static final String DRIVER_PROPERTY = "chromedriver.binary";

    /*
     * Selenium warns at every start that it has no DevTools bindings for this Chromium version; the tests speak
     * plain WebDriver only, so the warning is noise. Held in fields so the loggers keep their level.
     */
    private static final Logger CDP_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final Logger CHROMIUM_DRIVER = quiet("org.openqa.selenium.chromium.ChromiumDriver");

    private Chromium() {
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** A new browser with an empty profile of its own; {@code quit()} it when done. */
    public static ChromeDriver newDriver() {
        return newDriver(options -> { });
    }

    /** A new browser, with the caller's extra options (a language, a window size) applied last. */
    public static ChromeDriver newDriver(Consumer<ChromeOptions> customizer) {
        Path profile = newProfileDirectory();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browserBinary().toString());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--window-size=1280,1024", "--user-data-dir=" + profile);
        customizer.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverBinary().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options) {
            @Override
            public void quit() {
                try {
                    super.quit();
                } finally {
                    deleteRecursively(profile);
                }
            }
        };
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** The first missing executable, or null when both are there. */
    static String missingBinary() {
        if (!Files.isExecutable(browserBinary())) {
            return browserBinary().toString();
        }
        if (!Files.isExecutable(driverBinary())) {
            return driverBinary().toString();
        }
        return null;
    }

    private static Path browserBinary() {
        return Path.of(System.getProperty(BROWSER_PROPERTY, "/usr/bin/chromium"));
    }

    private static Path driverBinary() {
        return Path.of(System.getProperty(DRIVER_PROPERTY, "/usr/bin/chromedriver"));
    }

    private static Path newProfileDirectory() {
        try {
            return Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary profile is harmless; the test's outcome matters more.
        }
    }
}
