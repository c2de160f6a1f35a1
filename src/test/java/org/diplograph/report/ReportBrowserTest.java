package org.diplograph.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.diplograph.query.QueryRunner;
import org.diplograph.server.DiplographServer;
import org.diplograph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * The report in a real headless Chromium, written from the fixture served by the real server with
 * its console: the charts render with the countries' names, and a table's console link opens its
 * query, parameters filled in, in the console, where it runs. Needs Debian's {@code chromium} and
 * {@code chromium-driver}; fails, never skips, without them.
 */
@Tag("integration")
class ReportBrowserTest {
    @TempDir static Path tmp;
    static Store store;
    static DiplographServer server;
    static Path page;

    @TempDir Path profile;
    private WebDriver driver;

    @BeforeAll
    static void serveAndReport() {
        store = Store.open(tmp.resolve("data"));
        Txn.executeWrite(store.dataset(), () -> {
            try (InputStream in = ReportBrowserTest.class.getResourceAsStream("/fixture/graph.trig")) {
                RDFParser.source(in).lang(Lang.TRIG).parse(store.dataset());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        server = DiplographServer.create().store(store).port(0).build().start();
        page = Report.create().runner(QueryRunner.remote(server.queryUrl()))
                .console(ConsoleLink.forEndpoint(server.queryUrl())).build().write(tmp.resolve("report")).page();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @BeforeEach
    void openBrowser() {
        driver = HeadlessChromium.start(profile);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) driver.quit();
    }

    @Test
    void theChartsRenderWithTheCountriesNames() {
        driver.get(page.toUri().toString());
        WebElement network = waitFor("the network chart", d -> d.findElements(By.cssSelector("#network-chart svg")).stream()
                .findFirst().orElse(null));
        List<String> countries = network.findElements(By.cssSelector("text.country")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Viêt Nam", "Japon", "Laos", "Biélorussie"), countries);
        assertTrue(network.getSize().getWidth() > 300 && network.getSize().getHeight() > 200, "the chart has a size: " + network.getSize());
        assertEquals(3, network.findElements(By.cssSelector("g.edge line")).size());
        // the browser lays the lines out: the heaviest pair's line is the widest
        double heavy = width(network, "JP-VN"), light = width(network, "BY-VN");
        assertTrue(heavy > light, heavy + " > " + light);

        WebElement timeline = driver.findElement(By.cssSelector("figure.timeline[data-pair='JP-VN'] svg"));
        assertEquals(4, timeline.findElements(By.cssSelector("g.item")).size());
        assertTrue(timeline.findElement(By.cssSelector("g.item")).getSize().getWidth() > 0, "markers are drawn");
        assertEquals(3, driver.findElements(By.cssSelector("figure.timeline")).size(), "one timeline per pair");

        WebElement topics = driver.findElement(By.cssSelector("#topics-chart svg"));
        List<String> pairs = topics.findElements(By.cssSelector("text.pair")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Japon – Viêt Nam", "Laos – Viêt Nam"), pairs);
        assertTrue(topics.findElements(By.cssSelector("g.bar rect")).stream().allMatch(r -> r.getSize().getWidth() > 0));
    }

    @Test
    void aTableLinkOpensItsQueryInTheConsoleWhereItRuns() {
        driver.get(page.toUri().toString());
        WebElement link = waitFor("the console link of the partners table", d -> d.findElements(
                By.cssSelector("#q-partners a.console")).stream().findFirst().orElse(null));
        String href = link.getAttribute("href");
        assertTrue(href.startsWith(server.consoleUrl() + "#/dataset/diplo/query?query="), href);
        link.click();

        waitFor("the console's query page", d -> d.getCurrentUrl().startsWith(server.consoleUrl())
                && !d.findElements(By.cssSelector(".CodeMirror")).isEmpty() ? Boolean.TRUE : null);
        String editor = waitFor("the query in the editor", d -> {
            Object v = ((JavascriptExecutor) d).executeScript("var e = document.querySelector('.CodeMirror');"
                    + " return e ? e.CodeMirror.getValue() : null;");
            return v != null && v.toString().contains("dip:eventCount") ? v.toString() : null;
        });
        assertTrue(editor.contains("<https://w3id.org/diplograph/id/country/VN>"), "the parameter is filled in:\n" + editor);

        waitFor("the run button", d -> d.findElements(By.cssSelector(".yasqe_queryButton")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
        waitFor("Japon and Biélorussie in the result table", d -> {
            List<String> cells = d.findElements(By.cssSelector(".yasr td")).stream().map(WebElement::getText).toList();
            return cells.stream().anyMatch(c -> c.contains("Japon")) && cells.stream().anyMatch(c -> c.contains("Biélorussie"))
                    ? Boolean.TRUE : null;
        });
    }

    /**
     * What an analyst sees on a laptop screen, 1,400 pixels wide: the summary at the top, headlines
     * in cells wide enough to read, a long table that opens on a click, the mark of a date without
     * a year. Saves the screenshot to {@code target/report-1400.png}; with
     * {@code -Dreport.picture=FILE} copies it there too (the README's picture:
     * {@code src/site/resources/images/report.png}).
     */
    @Test
    void atFourteenHundredPixelsTheSummaryIsOnTopAndTheTablesRead() throws IOException {
        driver.manage().window().setSize(new Dimension(1400, 1500));
        driver.get(page.toUri().toString());
        WebElement summary = waitFor("the summary", d -> d.findElements(By.id("summary")).stream().findFirst().orElse(null));
        long width = ((Number) js("return document.documentElement.clientWidth")).longValue();
        assertTrue(width > 1350 && width <= 1400, "the page is " + width + " px wide");
        assertTrue(summary.isDisplayed() && summary.getRect().getY() < 150, "the summary is at the top: " + summary.getRect().getY());
        assertTrue(summary.getText().contains("2017-04 to 2021-11-17"), summary.getText());
        assertEquals("Japon – Viêt Nam", summary.findElement(By.cssSelector("ol.busiest li a")).getText());

        // every cell of running text (headlines, names of several words) is wide enough for a few words a line
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cells = (List<Map<String, Object>>) js("return Array.from(document.querySelectorAll('td'))"
                + ".filter(td => td.offsetParent !== null && td.innerText.trim().length > 30 && td.innerText.includes(' '))"
                + ".map(td => ({text: td.innerText.trim(), width: td.getBoundingClientRect().width}))");
        assertTrue(cells.size() > 5, "cells of text: " + cells);
        for (Map<String, Object> c : cells) {
            assertTrue(((Number) c.get("width")).doubleValue() >= 200, "a cell of text " + c.get("width") + " px wide: " + c.get("text"));
        }
        WebElement headline = driver.findElement(By.xpath("//table[@data-query='articles']//td[contains(., 'signent un protocole')]"));
        assertTrue(headline.getRect().getWidth() >= 250, "the headline cell is " + headline.getRect().getWidth() + " px wide");
        assertTrue(headline.getRect().getHeight() < 60, "the headline takes at most two lines: " + headline.getRect().getHeight());
        assertFalse(driver.findElement(By.tagName("body")).getText().contains("https://w3id.org/diplograph/id/country/"),
                "countries by name, not by IRI");

        // the meetings table shows ten rows; the other two open on a click
        WebElement more = driver.findElement(By.cssSelector("details.more[data-query='meetings']"));
        List<WebElement> hidden = more.findElements(By.cssSelector("tbody tr"));
        assertEquals(2, hidden.size());
        assertFalse(hidden.get(0).isDisplayed(), "folded");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", more);
        more.findElement(By.tagName("summary")).click();
        waitFor("the folded rows", d -> hidden.get(0).isDisplayed() ? Boolean.TRUE : null);
        assertTrue(hidden.get(1).getRect().getHeight() > 0);

        // a date without a year: its mark drawn around the item, and in the legend
        WebElement timeline = driver.findElement(By.cssSelector("figure.timeline[data-pair='JP-VN'] svg"));
        List<WebElement> marks = timeline.findElements(By.cssSelector("g.item.yearless circle.yearless-mark"));
        assertEquals(3, marks.size());
        assertTrue(marks.get(0).getSize().getWidth() >= 15, "the mark is drawn: " + marks.get(0).getSize());
        assertTrue(timeline.findElement(By.cssSelector("g.legend")).getText().contains("year taken from the article"));

        js("window.scrollTo(0, 0); document.querySelectorAll('details').forEach(d => d.open = false)");
        Path shot = Path.of("target", "report-1400.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        String picture = System.getProperty("report.picture");
        if (picture != null && !picture.isBlank()) {
            Path to = Path.of(picture);
            if (to.getParent() != null) Files.createDirectories(to.getParent());
            Files.copy(shot, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Test
    void aNameInATableOpensTheDescriptionOfItsIriInTheConsole() {
        driver.get(page.toUri().toString());
        WebElement japan = waitFor("Japon in the partners table", d -> d.findElements(By.cssSelector("#q-partners td a.iri")).stream()
                .filter(a -> a.getText().equals("Japon")).findFirst().orElse(null));
        assertEquals("https://w3id.org/diplograph/id/country/JP", japan.getAttribute("title"), "the IRI on hover");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", japan);
        japan.click();
        String editor = waitFor("the DESCRIBE query in the editor", d -> {
            Object v = ((JavascriptExecutor) d).executeScript("var e = document.querySelector('.CodeMirror');"
                    + " return e ? e.CodeMirror.getValue() : null;");
            return v != null && v.toString().contains("DESCRIBE") ? v.toString() : null;
        });
        assertEquals("DESCRIBE <https://w3id.org/diplograph/id/country/JP>", editor.strip());
        waitFor("the run button", d -> d.findElements(By.cssSelector(".yasqe_queryButton")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
        waitFor("the description, with the country's alpha-3 code", d -> d.findElements(By.cssSelector(".yasr")).stream()
                .anyMatch(e -> e.getText().contains("JPN")) ? Boolean.TRUE : null);
    }

    private static double width(WebElement network, String pair) {
        return Double.parseDouble(network.findElement(By.cssSelector("g.edge[data-pair='" + pair + "'] line"))
                .getCssValue("stroke-width").replace("px", ""));
    }

    private <T> T waitFor(String what, ExpectedCondition<T> condition) {
        return HeadlessChromium.waitFor(driver, what, condition);
    }
}
