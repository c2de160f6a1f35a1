package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Fuseki console in a real headless Chromium: pick the dataset, run a query in the editor, read
 * the answer in the result table. Needs Debian's {@code chromium} and {@code chromium-driver}; fails,
 * never skips, without them.
 */
class ConsoleBrowserTest extends ServedSeeds {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** An upper bound for the page to react, not a measurement: the wait ends as soon as it does. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir Path profile;
    private WebDriver driver;

    @BeforeEach
    void openBrowser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The console test needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install Debian's packages with `apt-get install -y chromium chromium-driver`");
        }
        // Never let Selenium Manager look for (or download) a browser or driver.
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) driver.quit();
    }

    @Test
    void runsAQueryFromTheConsoleAndShowsTheAnswer() {
        driver.get(seeds.server.consoleUrl());

        waitFor("the query button of /diplo in the dataset list", d -> d.findElements(
                By.xpath("//tr[td[normalize-space()='/diplo']]//button[normalize-space()='query']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();

        waitFor("the query page of /diplo", d -> d.getCurrentUrl().contains("#/dataset/diplo/query")
                && !d.findElements(By.cssSelector(".CodeMirror")).isEmpty() ? Boolean.TRUE : null);
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", SeedServer.JAPAN_LABEL);
        String typed = (String) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('.CodeMirror').CodeMirror.getValue();");
        assertTrue(typed.contains("country/JP"), "the editor holds the query");
        waitFor("the run button", d -> d.findElements(By.cssSelector(".yasqe_queryButton")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();

        WebElement cell = waitFor("Japon in the result table", d -> d.findElements(By.cssSelector(".yasr td")).stream()
                .filter(td -> td.getText().contains("Japon")).findFirst().orElse(null));
        assertTrue(cell.getText().contains("Japon"));
    }

    private <T> T waitFor(String what, ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(driver, PATIENCE).until(condition);
        } catch (TimeoutException e) {
            String page = driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("Waited in vain for " + what + " at " + driver.getCurrentUrl() + "; the page shows:\n"
                    + String.join("\n", page.lines().limit(60).toList()), e);
        }
    }

}
