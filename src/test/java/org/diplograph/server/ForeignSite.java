package org.diplograph.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Another web server on a free loopback port, standing for whatever else a laptop reaches: a SPARQL
 * endpoint that answers one row ({@code /sparql}), a service that answers a secret in an error
 * ({@code /secret}), and an attacker's page ({@code /page}, given by the test). It counts the
 * requests it gets, so a test can tell whether the server under test called it at all.
 */
final class ForeignSite implements AutoCloseable {
    /** The row {@code /sparql} answers. */
    static final String ANSWER = "remote-answer";

    final String secret = "secret-" + UUID.randomUUID();
    private final AtomicInteger hits = new AtomicInteger();
    private final HttpServer http;
    private volatile String page = "<html><body>empty</body></html>";

    ForeignSite() {
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.createContext("/sparql", x -> answer(x, 200, "application/sparql-results+json",
                "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\",\"value\":\""
                        + ANSWER + "\"}}]}}"));
        http.createContext("/secret", x -> answer(x, 500, "text/plain", secret));
        http.createContext("/page", x -> answer(x, 200, "text/html;charset=utf-8", page));
        http.start();
    }

    /** The attacker's page at {@link #url url("/page")}. */
    void page(String html) {
        page = html;
    }

    int port() {
        return http.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT} followed by {@code path}. */
    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Requests received so far. */
    int hits() {
        return hits.get();
    }

    private void answer(HttpExchange x, int status, String type, String body) throws IOException {
        hits.incrementAndGet();
        x.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
