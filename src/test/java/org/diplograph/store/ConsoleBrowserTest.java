package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.diplograph.report.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * The Fuseki console in a real headless Chromium: pick the dataset, run a query in the editor, read
 * the answer in the result table. Needs Debian's {@code chromium} and {@code chromium-driver}; fails,
 * never skips, without them.
 */
class ConsoleBrowserTest extends ServedSeeds {
    @TempDir Path profile;
    private WebDriver driver;

    @BeforeEach
    void openBrowser() {
        driver = HeadlessChromium.start(profile);
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
        return HeadlessChromium.waitFor(driver, what, condition);
    }
}
