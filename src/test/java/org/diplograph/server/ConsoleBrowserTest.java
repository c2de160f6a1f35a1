package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.diplograph.Version;
import org.diplograph.report.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.Select;

/**
 * The Fuseki console in a real headless Chromium: pick the dataset, run a query in the editor, read
 * the answer in the result table. And the console set up for this graph ({@link ConsoleSetup}) on
 * the seeds served read-only: the query page offers the graph's prefixes and the canned queries; an
 * example picked from the menu runs and shows rows; nothing that writes is offered; the version is
 * shown. Needs Debian's {@code chromium} and {@code chromium-driver}; fails,
 * never skips, without them.
 */
@Tag("integration")
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

    @Test
    void theQueryPageOffersThePrefixesAndRunsAnExampleFromTheMenu() {
        driver.get(seeds.server.consoleUrl() + "#/dataset/diplo/query");
        waitFor("the dip prefix button", d -> visible(d, By.xpath("//span[contains(@class,'badge') and normalize-space()='dip']")));
        for (String prefix : List.of("sem", "org", "prov", "id", "skos", "rdfs", "xsd")) {
            assertFalse(driver.findElements(By.xpath("//span[contains(@class,'badge') and normalize-space()='" + prefix + "']"))
                    .isEmpty(), prefix + " is offered");
        }

        WebElement menu = waitFor("the menu of Diplograph queries", d -> visible(d, By.id("diplograph-examples")));
        waitFor("the editor opened on a query of this graph", d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                "return document.querySelector('.CodeMirror').CodeMirror.getValue();")).contains("# countries:") ? true : null);
        ((JavascriptExecutor) driver).executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue('');");
        Select examples = new Select(menu);
        assertTrue(examples.getOptions().stream().anyMatch(o -> o.getText().startsWith("partners — ")),
                "each example shows its summary");
        examples.selectByValue("countries");
        String text = waitFor("the example in the editor", d -> {
            String t = (String) ((JavascriptExecutor) d).executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue();");
            return t != null && t.contains("# countries:") ? t : null;
        });
        assertTrue(text.matches("(?s).*PREFIX\\s+dip:.*"), text);
        waitFor("the dip prefix marked as used", d -> visible(d, By.xpath(
                "//span[contains(@class,'badge') and contains(@class,'text-bg-primary') and normalize-space()='dip']")));

        waitFor("the run button", d -> visible(d, By.cssSelector(".yasqe_queryButton"))).click();
        WebElement cell = waitFor("Japon in the result rows", d -> d.findElements(By.cssSelector(".yasr td")).stream()
                .filter(td -> td.getText().contains("Japon")).findFirst().orElse(null));
        assertTrue(cell.isDisplayed());
    }

    @Test
    void aPickedExampleHasItsDefaultsFilledIn() {
        driver.get(seeds.server.consoleUrl() + "#/dataset/diplo/query");
        new Select(waitFor("the menu", d -> visible(d, By.id("diplograph-examples")))).selectByValue("partners");
        String text = waitFor("the partners query in the editor", d -> {
            String t = (String) ((JavascriptExecutor) d).executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue();");
            return t != null && t.contains("# partners:") ? t : null;
        });
        assertTrue(text.contains("<https://w3id.org/diplograph/id/country/VN>"), "the default country is in the query: " + text);
        assertFalse(text.contains("?country "), "no open ?country variable is left: " + text);
    }

    @Test
    void aReadOnlyServerOffersNoWriteButtonsAndShowsItsVersion() {
        driver.get(seeds.server.consoleUrl());
        waitFor("the query button of /diplo", d -> visible(d,
                By.xpath("//tr[td[normalize-space()='/diplo']]//button[normalize-space()='query']")));
        WebElement version = waitFor("the version", d -> visible(d, By.id("diplograph-version")));
        assertTrue(version.getText().contains("Diplograph " + Version.get()), version.getText());
        assertFalse(Version.get().equals("unknown"), "the build wrote the version");
        waitFor("the header without <development>", d -> d.findElement(By.tagName("body")).getText().contains("<development>") ? null : true);
        assertNoWriteButtons();

        driver.get(seeds.server.consoleUrl() + "#/dataset/diplo/query");
        waitFor("the query page", d -> visible(d, By.id("diplograph-examples")));
        assertNoWriteButtons();

        driver.get(seeds.server.consoleUrl() + "#/dataset/diplo/upload");
        waitFor("the upload page turned to the query page", d -> d.getCurrentUrl().endsWith("#/dataset/diplo/query") ? true : null);
    }

    @Test
    void theSetUpIsServedSameOriginBehindTheGuards() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(seeds.server.consoleUrl()))
                .header("If-Modified-Since", "Sat, 01 Jan 2050 00:00:00 GMT").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), "a conditional request still gets the page with the script");
        assertTrue(page.body().contains("<script src=\"" + ConsoleSetup.SCRIPT + "\""), page.body());
        assertFalse(page.body().contains("http://") && page.body().contains("src=\"http"), "no script from another host");

        HttpResponse<String> setup = http.send(HttpRequest.newBuilder(URI.create(seeds.server.consoleUrl() + ConsoleSetup.SETUP.substring(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonObject json = JSON.parse(setup.body());
        assertTrue(json.get("readOnly").getAsBoolean().value());
        assertEquals(Version.get(), json.get("version").getAsString().value());
        assertTrue(setup.body().contains("\"https://w3id.org/diplograph/ontology#\""), "dip: is offered");

        assertEquals(403, RequestForgeryTest.rawStatus(seeds.server.port(), "attacker.example:" + seeds.server.port(), ConsoleSetup.SETUP));
        assertEquals(403, RequestForgeryTest.rawStatus(seeds.server.port(), "attacker.example:" + seeds.server.port(), ConsoleSetup.SCRIPT));
    }

    /** The page hides write buttons as it renders them: waits for it, then checks none is shown. */
    private void assertNoWriteButtons() {
        List<String> words = List.of("add data", "edit", "upload", "remove", "backup");
        waitFor("no write button shown", d -> writeButtons(d, words).isEmpty() ? true : null);
        assertTrue(writeButtons(driver, words).isEmpty());
    }

    private static List<WebElement> writeButtons(WebDriver d, List<String> words) {
        return d.findElements(By.xpath("//button|//a")).stream().filter(WebElement::isDisplayed)
                .filter(e -> words.contains(e.getText().strip().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    private static WebElement visible(WebDriver d, By by) {
        return d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    private <T> T waitFor(String what, ExpectedCondition<T> condition) {
        return HeadlessChromium.waitFor(driver, what, condition);
    }
}
