package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.diplograph.store.DiplographServer;
import org.diplograph.store.Store;
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
    void defaultsAreLoopbackSixtySecondsAndAHundredThousandRows() {
        ServeOptions o = parse();
        assertEquals("127.0.0.1", o.host);
        assertEquals(60, o.timeoutSeconds);
        assertEquals(100_000, o.maxRows);
        assertEquals(false, o.allowUpdate);
    }

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
}
