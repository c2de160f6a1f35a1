package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.Fuseki;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What any client writes into the operator's log (a query, a user name) reaches the terminal with no
 * control character: an escape sequence can retitle, clear or recolour a terminal and a carriage
 * return or line feed can forge a log line. The request log and our own lines go through the
 * layout of the project's {@code log4j2.properties}, which is what the test formats with.
 */
@Tag("integration")
class LogInjectionTest {
    private static final String NASTY = "\u001b]0;owned\u0007\u001b[2J\u001b[31m\r\n12:00:00 INFO  Fuseki forged\u009b";
    private static final Pattern RAW_CONTROL = Pattern.compile("[\\x00-\\x08\\x0A-\\x1F\\x7F-\\x9F]");

    @TempDir Path tmp;

    @Test
    void controlCharactersOfAClientAreNotWrittenRaw() throws Exception {
        PatternLayout layout = PatternLayout.newBuilder().withPattern(projectPattern()).build();
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: Long-Secret-42\n");
        String fusekiLevel = LogManager.getLogger(Fuseki.actionLogName).getLevel().name();
        Configurator.setLevel(Fuseki.actionLogName, Level.INFO);
        try (Store store = Store.open(tmp.resolve("data"));
             DiplographServer s = DiplographServer.create().store(store).port(0).updates(passwords).build().start();
             LogCapture requests = LogCapture.of(Fuseki.class);
             LogCapture logins = LogCapture.of(ThrottledBasicAuthenticator.class)) {
            HttpClient http = HttpClient.newHttpClient();
            // in comments, so the query parses and is logged as asked
            HttpResponse<String> q = http.send(HttpRequest.newBuilder(URI.create(s.queryUrl()))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString("# " + NASTY.replace("\r\n", "\r\n# ") + "\nASK {}", StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, q.statusCode(), q.body());
            // outside a literal: a parse error, logged with the query's text
            http.send(HttpRequest.newBuilder(URI.create(s.queryUrl())).header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString("ASK { " + NASTY + " }", StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            // a user name is logged on a failed login
            HttpResponse<String> u = http.send(HttpRequest.newBuilder(URI.create(s.updateUrl()))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("x" + NASTY + ":guess")
                            .getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("update=INSERT DATA {}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, u.statusCode());

            assertTrue(requests.lines().stream().anyMatch(l -> l.contains("owned")), "the query is in the request log: " + requests.lines());
            assertTrue(logins.lines().stream().anyMatch(l -> l.contains("owned")), "the user name is logged: " + logins.lines());
            int checked = 0, shown = 0;
            for (LogCapture capture : new LogCapture[] {requests, logins}) {
                for (LogEvent e : capture.events()) {
                    String line = layout.toSerializable(e);
                    assertTrue(line.endsWith(System.lineSeparator()), line);
                    String body = line.substring(0, line.length() - System.lineSeparator().length());
                    assertFalse(RAW_CONTROL.matcher(body).find(), "a raw control character in: " + body.replaceAll("\\p{Cntrl}", "^"));
                    if (body.contains("?]0;owned??[2J?[31m")) shown++;
                    checked++;
                }
            }
            assertTrue(checked >= 3, "lines checked: " + checked);
            assertTrue(shown >= 2, "the rest of the text is kept, each control character shown as '?'");
        } finally {
            Configurator.setLevel(Fuseki.actionLogName, Level.valueOf(fusekiLevel));
        }
    }

    /** The stderr pattern of the project's log configuration (not the tests' own). */
    private static String projectPattern() throws Exception {
        Properties p = new Properties();
        try (InputStream in = LogInjectionTest.class.getResourceAsStream("/log4j2.properties")) {
            p.load(in);
        }
        return p.getProperty("appender.err.layout.pattern");
    }
}
