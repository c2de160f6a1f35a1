package org.diplograph.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.diplograph.query.QueryRunner;
import org.diplograph.store.DiplographServer;
import org.diplograph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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

    private static double width(WebElement network, String pair) {
        return Double.parseDouble(network.findElement(By.cssSelector("g.edge[data-pair='" + pair + "'] line"))
                .getCssValue("stroke-width").replace("px", ""));
    }

    private <T> T waitFor(String what, ExpectedCondition<T> condition) {
        return HeadlessChromium.waitFor(driver, what, condition);
    }
}
