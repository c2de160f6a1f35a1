package org.diplograph.server;

import static org.diplograph.server.RequestForgeryTest.EDITOR;
import static org.diplograph.server.RequestForgeryTest.PASSWORD;
import static org.diplograph.server.RequestForgeryTest.ask;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.diplograph.report.HeadlessChromium;
import org.diplograph.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Cross-site request forgery in a real headless Chromium: the editor has used the server, so the
 * browser holds the password; a page on another origin then posts a SPARQL Update form to the
 * server. The server must write nothing, while the same form posted from the server's own pages
 * (the console's origin) still writes. Needs Debian's {@code chromium} and {@code chromium-driver};
 * fails, never skips, without them.
 */
@Tag("integration")
class CrossSiteBrowserTest {
    private static final String GRAPH = "urn:x:csrf";
    private static final String ASK = "ASK { GRAPH <" + GRAPH + "> { ?s ?p ?o } }";

    @TempDir Path tmp;
    private Store store;
    private DiplographServer server;
    private ForeignSite foreign;
    private WebDriver driver;

    @BeforeEach
    void start() throws IOException {
        store = Store.open(tmp.resolve("data"));
        server = DiplographServer.create().store(store).port(0).updates(RequestForgeryTest.passwords(tmp)).build().start();
        foreign = new ForeignSite();
        driver = HeadlessChromium.start(tmp.resolve("profile"));
    }

    @AfterEach
    void stop() {
        if (driver != null) driver.quit();
        foreign.close();
        server.stop();
        store.close();
    }

    @Test
    void aFormPostedFromAnotherSiteWritesNothingWhileTheServersOwnPagesStillWrite() throws Exception {
        String own = "http://127.0.0.1:" + server.port();
        // The editor signs in once: Chromium keeps the credentials for the server's origin.
        driver.get("http://" + EDITOR + ":" + PASSWORD + "@127.0.0.1:" + server.port() + "/diplo/update");
        waitForPageFrom("/diplo/update");

        foreign.page(autoSubmittingForm(own + "/diplo/update", "forged"));
        driver.get(foreign.url("/page"));
        waitForPageFrom("/diplo/update");
        assertEquals("no", ask(server, ASK), "the cross-site form wrote nothing; the page shows: " + body());

        // The same form from a page of the server's own origin (the console) writes, with the stored password.
        driver.get(own + "/");
        HeadlessChromium.waitFor(driver, "the console page", d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")) ? Boolean.TRUE : null);
        ((JavascriptExecutor) driver).executeScript("document.open(); document.write(arguments[0]); document.close();",
                autoSubmittingForm(own + "/diplo/update", "same-origin"));
        HeadlessChromium.waitFor(driver, "the answer to the console's own update", d -> body().contains("Update succeeded")
                ? Boolean.TRUE : null);
        assertEquals("yes", ask(server, ASK), "the server's own page wrote");
        assertEquals("yes", ask(server, "ASK { GRAPH <" + GRAPH + "> { ?s ?p \"same-origin\" } }"));
    }

    /** A page that posts {@code INSERT DATA} as a plain HTML form, with no script of its own needed. */
    private static String autoSubmittingForm(String action, String value) {
        String update = "INSERT DATA { GRAPH <" + GRAPH + "> { <urn:x:s> <urn:x:p> \"" + value + "\" } }";
        return "<html><body><form id=\"f\" method=\"POST\" enctype=\"application/x-www-form-urlencoded\" action=\""
                + action + "\"><input type=\"hidden\" name=\"update\" value=\"" + update.replace("\"", "&quot;")
                + "\"></form><script>document.getElementById('f').submit();</script></body></html>";
    }

    /** Waits until the browser shows the server's answer at {@code path}. */
    private void waitForPageFrom(String path) {
        String url = "127.0.0.1:" + server.port() + path;
        HeadlessChromium.waitFor(driver, "the answer of " + url, d -> d.getCurrentUrl().contains(url)
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")) ? Boolean.TRUE : null);
    }

    private String body() {
        return driver.findElement(By.tagName("body")).getText();
    }
}
