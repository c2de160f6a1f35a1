package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.diplograph.DiplographException;
import org.diplograph.server.DiplographServer;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The serving options as the command line parses them, on a real server over an empty dataset. */
class ServeOptionsTest {
    @TempDir Path tmp;

    private static ServeOptions parse(String... args) {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        return command.serving;
    }

    @Tag("integration")
    @Test
    void warnsWhenListeningBeyondLoopbackAndNotOtherwise() {
        try (Store store = Store.open(tmp.resolve("data"))) {
            for (String host : new String[] {"127.0.0.1", "0.0.0.0"}) {
                StringWriter err = new StringWriter();
                DiplographServer server = parse("--host", host, "--port", "0").start(store, new PrintWriter(err, true));
                try {
                    boolean warned = err.toString().contains("warning: listening on " + host + ", not loopback");
                    assertEquals(!host.startsWith("127."), warned, host + ": " + err);
                    assertTrue(server.queryUrl().startsWith("http://127.0.0.1:"), "reachable through loopback: " + server.queryUrl());
                } finally {
                    server.stop();
                }
            }
        }
    }

    @Test
    void malformedHostsAndOriginsStopTheStartNamingTheirOption() {
        try (Store store = Store.open(tmp.resolve("data"))) {
            String[][] cases = {
                    {"--service-host", "http://example.org"}, {"--service-host", "example.org/sparql"},
                    {"--service-host", "example.org:99999"}, {"--allowed-host", "user@example.org"},
                    {"--allowed-host", ""}, {"--cors-origin", "*"}, {"--cors-origin", "example.org"},
                    {"--cors-origin", "http://example.org/path"}, {"--cors-origin", "null"}};
            for (String[] c : cases) {
                DiplographException e = assertThrows(DiplographException.class,
                        () -> parse("--port", "0", c[0], c[1]).start(store, new PrintWriter(new StringWriter(), true)),
                        c[0] + " " + c[1]);
                assertTrue(e.getMessage().startsWith(c[0] + ": "), e.getMessage());
            }
        }
    }

    @Tag("integration")
    @Test
    void repeatedHostsAndOriginsAreAllTaken() {
        ServeOptions o = parse("--service-host", "a.example", "--service-host", "b.example:8080",
                "--cors-origin", "https://c.example", "--allowed-host", "d.example", "--allowed-host", "[::1]:3030");
        assertEquals(java.util.List.of("a.example", "b.example:8080"), o.serviceHosts);
        assertEquals(java.util.List.of("https://c.example"), o.corsOrigins);
        assertEquals(java.util.List.of("d.example", "[::1]:3030"), o.allowedHosts);
        try (Store store = Store.open(tmp.resolve("data"))) {
            DiplographServer server = parse("--port", "0", "--service-host", "a.example", "--cors-origin", "https://c.example",
                    "--allowed-host", "d.example").start(store, new PrintWriter(new StringWriter(), true));
            server.stop();
        }
    }

    @Test
    void defaultsAreLoopbackSixtySecondsAndAHundredThousandRows() {
        ServeOptions o = parse();
        assertEquals("127.0.0.1", o.host);
        assertEquals(60, o.timeoutSeconds);
        assertEquals(100_000, o.maxRows);
        assertEquals(false, o.allowUpdate);
        assertEquals(java.util.List.of(), o.serviceHosts, "no SERVICE");
        assertEquals(java.util.List.of(), o.corsOrigins, "no CORS");
        assertEquals(java.util.List.of(), o.allowedHosts);
    }

    @Test
    void aPasswordFileWithAnEmptyPasswordStopsServeWithOneLine() throws Exception {
        Path passwords = java.nio.file.Files.writeString(tmp.resolve("passwords"), "editor: a-long-secret\nbob:\n");
        // Before the check, serve started and served until Ctrl-C: hence the preemptive timeout.
        CommandRun run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () ->
                CommandRun.of("serve", "--db", tmp.resolve("data").toString(), "--port", "0",
                        "--allow-update", "--password-file", passwords.toString()));
        assertEquals(1, run.exit(), run.out());
        assertEquals("diplograph: Password file " + passwords + ", line 2: empty password for user 'bob'\n", run.err());
        assertTrue(!run.out().contains("Serving"), run.out());
    }

    @Tag("integration")
    @Test
    void theRequestLimitsReachTheServer() throws Exception {
        ServeOptions o = parse();
        assertEquals(DiplographServer.DEFAULT_MAX_QUERY_BYTES, o.maxQueryBytes);
        assertEquals(DiplographServer.DEFAULT_MAX_UPLOAD_BYTES, o.maxUploadBytes);
        assertEquals(DiplographServer.DEFAULT_MAX_CONCURRENT_QUERIES, o.maxConcurrentQueries);
        try (Store store = Store.open(tmp.resolve("data"))) {
            DiplographServer server = parse("--port", "0", "--max-query-bytes", "100", "--max-concurrent-queries", "1")
                    .start(store, new PrintWriter(new StringWriter(), true));
            try {
                java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.queryUrl()))
                                .header("Content-Type", "application/sparql-query")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("ASK {}" + " ".repeat(200))).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(413, r.statusCode(), "a query over --max-query-bytes");
            } finally {
                server.stop();
            }
        }
    }

    @Tag("integration")
    @Test
    void aStartUpCountThatTimesOutCostsItsLineAndNotTheServer() throws Exception {
        Path db = tmp.resolve("data");
        try (Store store = Store.open(db)) {
            ServeOptions o = parse("--port", "0", "--timeout", "1");
            StringWriter err = new StringWriter();
            // what the count meets when the dataset is too large for the timeout: the query cancelled
            Runnable count = () -> {
                throw new org.apache.jena.query.QueryCancelledException();
            };
            Thread serving = new Thread(() -> o.serve(store, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), count));
            serving.start();
            java.util.Optional<String> url = java.util.Optional.empty();
            for (int i = 0; i < 600 && url.isEmpty() && serving.isAlive(); i++) {
                url = org.diplograph.store.ServerRecord.live(db);
                if (url.isEmpty()) Thread.sleep(100);
            }
            try {
                assertTrue(url.isPresent(), "the server answers its ping; " + err);
                for (int i = 0; i < 600 && serving.isAlive() && !err.toString().contains("warning"); i++) Thread.sleep(100);
                assertTrue(serving.isAlive(), "serve still serving after the count failed: " + err);
                java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url.get() + "/query?query=ASK%7B%7D")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                assertTrue(err.toString().contains("warning: could not count the dataset while starting (QueryCancelledException)"),
                        err.toString());
            } finally {
                if (o.server != null) o.server.stop();
                serving.join();
            }
        }
    }
}
