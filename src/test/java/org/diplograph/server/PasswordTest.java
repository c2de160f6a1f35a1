package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.logging.log4j.Level;
import org.diplograph.DiplographException;
import org.diplograph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The password file and logins of a server with updates, over real HTTP: a bad file stops the
 * server from starting, a readable one is warned about, failed logins are logged and answered later
 * the more a name fails, and the right password always gets in at once.
 */
class PasswordTest {
    private static final String PASSWORD = "s3cret-Words";
    private static final String INSERT = "INSERT DATA { GRAPH <urn:x:password-test> { <urn:x:s> <urn:x:p> \"written\" } }";

    @TempDir static Path tmp;
    private static Store store;

    @BeforeAll
    static void open() {
        store = Store.open(tmp.resolve("data"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    // ---- the file

    @Tag("integration")
    @Test
    void aBadPasswordFileStopsTheServerNamingTheFileTheLineAndTheFault() throws Exception {
        record Bad(String text, int line, String fault) {}
        List<Bad> bad = List.of(
                new Bad("", 0, "holds no user"),
                new Bad("# only a comment\n\n", 0, "holds no user"),
                new Bad("bob:\n", 1, "empty password for user 'bob'"),
                new Bad("editor: " + PASSWORD + "\nbob:   , admin\n", 2, "empty password for user 'bob'"),
                new Bad("editor=" + PASSWORD + "\n", 1, "'user=password' is not this file's format"),
                new Bad("editor " + PASSWORD + "\n", 1, "no ':' between user name and password"),
                new Bad("\n# users\neditor: " + PASSWORD + "-\\\n  continued\n", 3, "a backslash"),
                new Bad(": " + PASSWORD + "\n", 1, "no user name before ':'"),
                new Bad("the editor: " + PASSWORD + "\n", 1, "the user name holds a space"),
                new Bad("editor: " + PASSWORD + "\neditor: other\n", 2, "user 'editor' is given again (first on line 1)"),
                new Bad("editor: OBF:\n", 1, "empty password after OBF:"),
                new Bad("editor: MD5:" + PASSWORD + "\n", 1, "is not 32 hexadecimal digits"),
                new Bad("editor: " + PASSWORD + "\u0000\n", 1, "a control character"));
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < bad.size(); i++) {
            Bad b = bad.get(i);
            Path file = Files.writeString(tmp.resolve("bad-" + i), b.text());
            String where = b.line() == 0 ? "Password file " + file + " " : "Password file " + file + ", line " + b.line() + ": ";
            try {
                DiplographServer s = DiplographServer.create().store(store).port(0).updates(file).build().start();
                s.stop();
                wrong.add(i + ": the server started");
            } catch (DiplographException e) {
                if (!e.getMessage().startsWith(where) || !e.getMessage().contains(b.fault())) wrong.add(i + ": " + e.getMessage());
                if (e.getMessage().contains(PASSWORD)) wrong.add(i + ": the message shows the password: " + e.getMessage());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Tag("integration")
    @Test
    void jettysFormatWithRolesCommentsAndPrefixesIsRead() throws Exception {
        // OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v is Jetty's obfuscation of "password".
        Path file = Files.writeString(tmp.resolve("good"), "\uFEFF# editors\n\n  editor :  " + PASSWORD + " , writer\n"
                + "other: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v\r\nrédacteur: clé-à-molette\n");
        DiplographServer s = DiplographServer.create().store(store).port(0).updates(file).build().start();
        try {
            assertTrue(ok(update(s, basic("editor", PASSWORD))), "the password is what follows the colon, spaces and roles left off");
            assertTrue(ok(update(s, basic("other", "password"))), "an OBF: password is read as Jetty reads it");
            assertEquals(401, update(s, basic("other", "OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v")).statusCode());
            assertTrue(ok(update(s, basic("rédacteur", "clé-à-molette"))), "UTF-8 in the file, UTF-8 from the client");
        } finally {
            s.stop();
        }
    }

    @Test
    void warnsWhenTheGroupOrOthersCanReadThePasswordFile() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        Path open = Files.writeString(tmp.resolve("readable"), "editor: " + PASSWORD + "\n");
        Path closed = Files.writeString(tmp.resolve("private"), "editor: " + PASSWORD + "\n");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rw-------"));
        try (LogCapture log = LogCapture.of(DiplographServer.class)) {
            DiplographServer.create().store(store).port(0).updates(open);
            List<String> warned = log.lines(Level.WARN);
            assertEquals(1, warned.size(), warned.toString());
            assertEquals("WARN the password file " + open + " can be read by other users of this machine (rw-r--r--);"
                    + " make it private with: chmod 600 " + open, warned.get(0));
            assertFalse(warned.get(0).contains(PASSWORD));

            DiplographServer.create().store(store).port(0).updates(closed);
            assertEquals(1, log.lines(Level.WARN).size(), "no warning for a file only its owner reads: " + log.lines());
        }
    }

    // ---- logins

    @Tag("integration")
    @Test
    void wrongPasswordsAreLoggedAndAnsweredLaterAndTheRightOneStillGetsIn() throws Exception {
        Duration cap = Duration.ofMillis(400);
        try (LogCapture log = LogCapture.of(ThrottledBasicAuthenticator.class);
             Served s = serve(new LoginThrottle.Delays(3, Duration.ofMillis(100), cap, Duration.ofMinutes(15)))) {
            List<Long> millis = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                long start = System.nanoTime();
                assertEquals(401, update(s.server, basic("editor", "guess-" + i)).statusCode(), "guess " + i);
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
            List<String> failed = log.lines(Level.WARN);
            assertEquals(20, failed.size(), String.join("\n", failed));
            for (int i = 1; i <= 20; i++) {
                String line = failed.get(i - 1);
                assertTrue(line.startsWith("WARN Failed login as 'editor' on POST /diplo/update from 127.0.0.1: failure " + i
                        + " in a row for this name, refused after " + (i <= 3 ? 0 : Math.min(100L << (i - 4), cap.toMillis())) + " ms"),
                        line);
                assertFalse(line.contains("guess-"), "never the password: " + line);
            }
            // A lower bound only: the tenth refusal cannot come before its delay.
            assertTrue(millis.get(9) >= cap.toMillis(), "the 10th refusal came after " + millis.get(9) + " ms");

            assertTrue(ok(update(s.server, basic("editor", PASSWORD))), "the right password gets in after 20 failures");
            assertEquals(20, log.lines(Level.WARN).size(), "a success is not a failure");
            assertEquals(401, update(s.server, basic("editor", "again")).statusCode());
            assertTrue(log.lines(Level.WARN).get(20).contains("failure 1 in a row"), "a success starts the count again: " + log.lines());
        }
    }

    @Tag("integration")
    @Test
    void unknownUserNamesAreSlowedTooAndNamesCannotForgeLogLines() throws Exception {
        try (LogCapture log = LogCapture.of(ThrottledBasicAuthenticator.class);
             Served s = serve(new LoginThrottle.Delays(2, Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMinutes(15)))) {
            for (int i = 0; i < 3; i++) assertEquals(401, update(s.server, basic("nobody", PASSWORD)).statusCode());
            assertTrue(log.lines(Level.WARN).get(2).contains("'nobody'") && log.lines(Level.WARN).get(2).contains("failure 3 in a row")
                    && log.lines(Level.WARN).get(2).contains("refused after 50 ms"), log.lines().toString());
            assertEquals(401, update(s.server, basic("x\nWARN forged line", PASSWORD)).statusCode());
            assertTrue(log.lines(Level.WARN).get(3).contains("'x?WARN forged line'"), log.lines().toString());
            assertEquals(401, update(s.server, null).statusCode(), "no credentials: the challenge");
            assertEquals(4, log.lines(Level.WARN).size(), "a request without credentials is not a failed login");
        }
    }

    @Tag("integration")
    @Test
    void manyParallelGuessesHoldNoThreadAndTheEditorStillGetsInAtOnce() throws Exception {
        int guesses = 400;   // the probe: 400 parallel guesses
        try (LogCapture log = LogCapture.of(ThrottledBasicAuthenticator.class);
             // Each refusal is held 20 s: long enough that a loaded machine checks all 400 before the first is
             // due, and under Jetty's 30 s idle timeout, which would close a held connection unanswered.
             Served s = serve(new LoginThrottle.Delays(0, Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofMinutes(15)))) {
            HttpClient http = HttpClient.newHttpClient();
            List<CompletableFuture<HttpResponse<Void>>> pending = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                pending.add(http.sendAsync(updateRequest(s.server, basic("editor", "guess-" + i)), HttpResponse.BodyHandlers.discarding()));
            }
            long until = System.nanoTime() + Duration.ofSeconds(16).toNanos();
            while (log.lines(Level.WARN).size() < guesses && System.nanoTime() < until) Thread.sleep(20);
            assertEquals(guesses, log.lines(Level.WARN).size(), "every guess checked and logged on arrival");

            // Every refusal is still held back, yet the server answers, and the right password gets in.
            HttpResponse<Void> ping = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + s.server.port() + "/$/ping")).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(200, ping.statusCode());
            assertTrue(ok(update(s.server, basic("editor", PASSWORD))));
            long answered = pending.stream().filter(CompletableFuture::isDone).count();
            assertEquals(0, answered, "refusals answered before their delay");
            for (CompletableFuture<HttpResponse<Void>> f : pending) assertEquals(401, f.get().statusCode());
        }
    }

    // ---- helpers

    /** A server with updates for {@code editor} and the given delays, stopped on close. */
    private record Served(DiplographServer server) implements AutoCloseable {
        @Override
        public void close() {
            server.stop();
        }
    }

    private static Served serve(LoginThrottle.Delays delays) throws Exception {
        Path file = Files.writeString(tmp.resolve("passwords-" + System.nanoTime()), "editor: " + PASSWORD + "\n");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return new Served(DiplographServer.create().store(store).port(0).updates(file).loginDelays(delays).build().start());
    }

    private static HttpRequest updateRequest(DiplographServer s, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.updateUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(INSERT));
        if (authorization != null) b.header("Authorization", authorization);
        return b.build();
    }

    private static HttpResponse<String> update(DiplographServer s, String authorization) throws Exception {
        return HttpClient.newHttpClient().send(updateRequest(s, authorization), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean ok(HttpResponse<?> r) {
        if (r.statusCode() == 200 || r.statusCode() == 204) return true;
        fail("status " + r.statusCode() + " " + r.body());
        return false;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
