package org.diplograph.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the page tests, driven by Debian's {@code chromium} and
 * {@code chromium-driver}. Without them a test fails with the command that installs them; it never
 * skips. Selenium Manager is kept offline: nothing is looked for or downloaded.
 */
public final class HeadlessChromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** An upper bound for a page to react, not a measurement: a wait ends as soon as it does. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private HeadlessChromium() {}

    /** A browser with its profile in {@code profile}; the caller quits it. */
    public static WebDriver start(Path profile) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install Debian's packages with `apt-get install -y chromium chromium-driver`");
        }
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        return new ChromeDriver(service, options);
    }

    /** Waits until {@code condition} gives a value; on time-out, fails showing what the page shows. */
    public static <T> T waitFor(WebDriver driver, String what, ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(driver, PATIENCE).until(condition);
        } catch (TimeoutException e) {
            String page = driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("Waited in vain for " + what + " at " + driver.getCurrentUrl() + "; the page shows:\n"
                    + String.join("\n", page.lines().limit(60).toList()), e);
        }
    }
}
