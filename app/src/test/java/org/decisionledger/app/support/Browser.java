package org.decisionledger.app.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real Chromium, headless, driven through the machine's ChromeDriver. The paths come from the
 * system properties {@code browser.chromium} and {@code browser.chromedriver} (Debian's packages by
 * default). Where they are not installed the browser tests are skipped, unless the environment
 * variable {@code DECISION_LEDGER_BROWSER_TESTS} is {@code required}, as CI sets it: then a missing
 * browser fails the run instead of hiding the tests.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts a headless Chromium with an empty profile, or skips the calling test class if none is installed. */
    public static Browser start() {
        Path chromium = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
        boolean installed = Files.isExecutable(chromium) && Files.isExecutable(chromedriver);
        String missing = "Chromium (" + chromium + ") and its ChromeDriver (" + chromedriver + ") are needed for "
                + "the browser tests; on Debian: apt-get install chromium chromium-driver";
        if (!installed && "required".equals(System.getenv("DECISION_LEDGER_BROWSER_TESTS"))) {
            Assertions.fail(missing);
        }
        Assumptions.assumeTrue(installed, missing);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // No network beyond localhost: Chromium's own background traffic is switched off.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--window-size=1280,900", "--lang=en-GB");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** What the pages wrote to the browser's console (errors, refused resources, policy violations) since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
