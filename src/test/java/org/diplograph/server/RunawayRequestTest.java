package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.diplograph.pipeline.Ingest;
import org.diplograph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.pipeline.Ingest;

/**
 * Requests that would pin the server (issue 15, items 3 and 4), over real HTTP: an oversized query
 * or upload is refused with 413 without being read whole, a huge query is stopped by its timeout even
 * while it is being parsed, and 50 slow queries at once each get an answer while ping stays up.
 * The bounds are behavioural: "answered rather than hung", with generous slack, never a speed.
 */
@Tag("integration")
class RunawayRequestTest {
    /** A cross product of the whole dataset with itself, three times: it cannot finish. */
    private static final String CROSS = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String PASSWORD = "s3cret-Words-for-15";
    /** Far more than any answer below may take; a client that waits this long calls the server hung. */
    private static final Duration HUNG = Duration.ofSeconds(40);
    /** What an answer may take past its deadline: the client's connecting and the scheduling of a busy machine. */
    private static final Duration SLACK = Duration.ofSeconds(1);

    @TempDir static Path tmp;
    private static Store store;

    @BeforeAll
    static void seeds() {
        store = Store.open(tmp.resolve("data"));
        Ingest.create().store(store).build().run(List.of("seeds"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void anOversizedQueryIsRefusedWith413AndTheServerStillAnswers() throws Exception {
        try (DiplographServer server = serve(b -> b.maxQueryBytes(256 * 1024))) {
            HttpClient http = HttpClient.newHttpClient();
            // each refused request on a client of its own: the server closes a refused request's
            // connection, which a shared client's pool could offer to the next request (no bytes read)
            String big = commented(SeedServer.JAPAN_LABEL, 1024 * 1024);
            HttpResponse<String> declared = HttpClient.newHttpClient().send(post(server.queryUrl(), "application/sparql-query",
                    HttpRequest.BodyPublishers.ofString(big)), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, declared.statusCode(), "a body whose Content-Length passes the cap");
            HttpResponse<String> streamed = HttpClient.newHttpClient().send(post(server.queryUrl(), "application/sparql-query",
                    chunked(big.getBytes(StandardCharsets.UTF_8), new AtomicLong())), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, streamed.statusCode(), "a streamed body without Content-Length that passes the cap");
            HttpResponse<String> form = HttpClient.newHttpClient().send(post(server.queryUrl(), "application/x-www-form-urlencoded",
                    HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(big, StandardCharsets.UTF_8))),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, form.statusCode(), "a form whose query= passes the cap");
            HttpResponse<String> after = query(http, server, SeedServer.JAPAN_LABEL);
            assertEquals(200, after.statusCode(), "the server still answers: " + head(after.body()));
            HttpResponse<String> small = http.send(post(server.queryUrl(), "application/sparql-query",
                    HttpRequest.BodyPublishers.ofString(commented(SeedServer.JAPAN_LABEL, 100 * 1024))),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, small.statusCode(), "a query under the cap is answered");
        }
    }

    @Test
    void aHugeQueryIsStoppedByItsTimeoutWhileItIsParsed() throws Exception {
        // a cap above the query, so that the parser, not the cap, meets it
        try (DiplographServer server = serve(b -> b.maxQueryBytes(64L * 1024 * 1024).queryTimeout(Duration.ofSeconds(2)))) {
            HttpClient http = HttpClient.newHttpClient();
            String huge = commented("SELECT * { ?s ?p ?o } LIMIT 1", 12 * 1024 * 1024);
            HttpResponse<String> r = http.send(post(server.queryUrl(), "application/sparql-query",
                    HttpRequest.BodyPublishers.ofString(huge)), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode(), "stopped as timed out, not parsed to the end and run: " + head(r.body()));
            assertEquals(200, ping(http, server).statusCode(), "the server still answers");
        }
    }

    @Test
    void fiftySlowQueriesAreEachAnsweredWhilePingStaysUp() throws Exception {
        Duration timeout = Duration.ofSeconds(5);
        try (DiplographServer server = serve(b -> b.queryTimeout(timeout).maxConcurrentQueries(4))) {
            HttpClient http = HttpClient.newBuilder().executor(java.util.concurrent.Executors.newFixedThreadPool(8)).build();
            List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
            HttpRequest cross = HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query=" + enc(CROSS)))
                    .timeout(HUNG).build();
            long[] took = new long[50];
            for (int i = 0; i < 50; i++) {
                int n = i;
                long sent = System.nanoTime();
                slow.add(http.sendAsync(cross, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> took[n] =
                        System.nanoTime() - sent));
            }
            List<Integer> pings = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                pings.add(ping(http, server).statusCode());
                TimeUnit.MILLISECONDS.sleep(300);
            }
            List<String> unanswered = new ArrayList<>();
            int retryAfter = 0;
            int answered = 0;
            for (CompletableFuture<HttpResponse<String>> f : slow) {
                try {
                    HttpResponse<String> r = f.get(HUNG.toSeconds() + 5, TimeUnit.SECONDS);
                    if (r.statusCode() != 200 && r.statusCode() != 503) unanswered.add("status " + r.statusCode() + ": " + head(r.body()));
                    if (r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent()) retryAfter++;
                    answered++;
                } catch (Exception e) {
                    unanswered.add(e.toString());
                }
            }
            assertEquals(List.of(), unanswered, "every slow query gets a result or 503, none dropped or hung");
            assertEquals(50, answered);
            long longest = java.util.Arrays.stream(took).max().orElseThrow();
            System.out.printf("50 slow queries, timeout %d s: longest answered after %.1f s%n", timeout.toSeconds(), longest / 1e9);
            // a correctness bound, not a speed figure: the answer is due at the deadline; the slack is
            // for the client's own connecting and the machine's scheduling
            assertTrue(longest < timeout.plus(SLACK).toNanos(), "each answered by its timeout (plus " + SLACK.toMillis()
                    + " ms of slack): " + longest / 1_000_000 + " ms");
            assertEquals(List.of(200, 200, 200, 200, 200), pings, "ping answers while the slow queries wait or run");
            assertTrue(retryAfter > 0, "the queries refused for want of a slot are told when to retry");
            assertEquals(200, query(http, server, SeedServer.JAPAN_LABEL).statusCode(), "the server answers after them");
        }
    }

    /**
     * The server answers at the deadline, not when the execution notices its cancel: Jena checks for
     * a cancel between rows, and one FILTER whose regular expression backtracks for many seconds over
     * one string gives it no such moment, so the answer came when the expression was done.
     */
    @Test
    void aQueryThatDoesNotNoticeItsCancelIsAnsweredAtItsDeadline() throws Exception {
        Duration timeout = Duration.ofSeconds(1);
        // backtracking over a back-reference, which Java's matcher cannot shortcut: several seconds
        String q = "SELECT * { BIND(\"" + "a".repeat(27) + "\" AS ?s) FILTER(REGEX(?s, \"^(a+)+\\\\1b\")) }";
        try (DiplographServer server = serve(b -> b.queryTimeout(timeout))) {
            HttpClient http = HttpClient.newHttpClient();
            assertEquals(200, ping(http, server).statusCode(), "connected and warm");
            long sent = System.nanoTime();
            HttpResponse<String> r = query(http, server, q);
            long took = System.nanoTime() - sent;
            assertEquals(503, r.statusCode(), head(r.body()));
            assertTrue(took < timeout.plus(SLACK).toNanos(), "answered by its timeout (plus " + SLACK.toMillis()
                    + " ms of slack), not when the expression was done: " + took / 1_000_000 + " ms");
            assertEquals(200, query(http, server, SeedServer.JAPAN_LABEL).statusCode(), "the server answers after it");
        }
    }

    /**
     * Queries answered at their deadline but still running their one long step are counted: with one
     * query admitted at a time, two executions may run at once, so a third such query finds none free
     * and is answered 503 "Busy" with Retry-After at once, instead of starting a third thread that
     * would outlive its answer.
     */
    @Test
    void queriesStillStoppingAfterTheirAnswerAreBounded() throws Exception {
        Duration timeout = Duration.ofSeconds(1);
        // backtracking over a back-reference, which Java's matcher cannot shortcut: far longer than the timeout
        String q = "SELECT * { BIND(\"" + "a".repeat(28) + "\" AS ?s) FILTER(REGEX(?s, \"^(a+)+\\\\1b\")) }";
        try (DiplographServer server = serve(b -> b.queryTimeout(timeout).maxConcurrentQueries(1))) {
            HttpClient http = HttpClient.newHttpClient();
            assertEquals(200, ping(http, server).statusCode(), "connected and warm");
            HttpResponse<String> first = query(http, server, q);
            HttpResponse<String> second = query(http, server, q);
            HttpResponse<String> third = query(http, server, q);
            assertEquals(503, first.statusCode(), head(first.body()));
            assertEquals(503, second.statusCode(), head(second.body()));
            assertFalse(first.body().contains("Busy"), "the first ran until its deadline: " + head(first.body()));
            assertEquals(503, third.statusCode(), head(third.body()));
            assertTrue(third.body().contains("Busy"), "two executions still stopping, none free: " + head(third.body()));
            assertTrue(third.headers().firstValue("Retry-After").isPresent(), "a busy answer says when to come back");
        }
    }

    /**
     * A body sent without Content-Length that passes its cap is answered 413 on every endpoint, not
     * with the error the endpoint made of its cut input (the graph store's parser: 400; an update: 400).
     */
    @Test
    void aStreamedBodyOverTheCapIsAnswered413OnEveryEndpoint() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: " + PASSWORD + "\n");
        try (DiplographServer server = serve(b -> b.updates(passwords).maxQueryBytes(64 * 1024).maxUploadBytes(64 * 1024))) {
            HttpClient http = HttpClient.newHttpClient();
            byte[] update = commented("INSERT DATA { <http://x.example/s> <http://x.example/p> 1 }", 1024 * 1024).getBytes(StandardCharsets.UTF_8);
            byte[] turtle = ("<http://x.example/s> <http://x.example/p> \"" + "Lorem ipsum ".repeat(90_000) + "\" .\n").getBytes(StandardCharsets.UTF_8);
            byte[] text = "Un texte. ".repeat(100_000).getBytes(StandardCharsets.UTF_8);
            Map<String, HttpRequest> requests = new java.util.LinkedHashMap<>();
            requests.put("update", HttpRequest.newBuilder(URI.create(server.updateUrl())).header("Content-Type", "application/sparql-update")
                    .header("Authorization", basic()).timeout(HUNG).POST(chunked(update, new AtomicLong())).build());
            requests.put("data", HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?graph=http://x.example/g"))
                    .header("Content-Type", "text/turtle").header("Authorization", basic()).timeout(HUNG)
                    .PUT(chunked(turtle, new AtomicLong())).build());
            requests.put("ingest", HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/ingest?file=big.txt"))
                    .header("Content-Type", "text/plain").header("Authorization", basic()).timeout(HUNG)
                    .POST(chunked(text, new AtomicLong())).build());
            Map<String, Integer> statuses = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, HttpRequest> e : requests.entrySet()) statuses.put(e.getKey(), sendStatus(http, e.getValue()));
            assertEquals(Map.of("update", 413, "data", 413, "ingest", 413), statuses);
            assertEquals("0", count(http, server, "SELECT (COUNT(*) AS ?n) { GRAPH <http://x.example/g> { ?s ?p ?o } }"),
                    "nothing of the cut bodies written");
        }
    }

    @Test
    void aHugeUpdateIsStoppedByItsTimeoutWhileItIsParsed() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: " + PASSWORD + "\n");
        try (DiplographServer server = serve(b -> b.updates(passwords).maxQueryBytes(64L * 1024 * 1024)
                .queryTimeout(Duration.ofSeconds(2)))) {
            HttpClient http = HttpClient.newHttpClient();
            String huge = commented("INSERT DATA { GRAPH <http://x.example/huge> { <http://x.example/s> <http://x.example/p> 1 } }", 12 * 1024 * 1024);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.updateUrl()))
                    .header("Content-Type", "application/sparql-update").header("Authorization", basic()).timeout(HUNG)
                    .POST(HttpRequest.BodyPublishers.ofString(huge)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode(), "stopped as timed out, not parsed to the end and run: " + head(r.body()));
            assertEquals("0", count(http, server, "SELECT (COUNT(*) AS ?n) { GRAPH <http://x.example/huge> { ?s ?p ?o } }"),
                    "not run");
        }
    }

    @Test
    void anOversizedUploadIsRefusedBeforeItIsWrittenToDisk() throws Exception {
        long cap = 1024 * 1024;
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: " + PASSWORD + "\n");
        try (DiplographServer server = serve(b -> b.updates(passwords).maxUploadBytes(cap))) {
            HttpClient http = HttpClient.newHttpClient();
            URI ingest = URI.create(server.datasetUrl() + "/ingest?file=big.txt");
            AtomicBoolean uploading = new AtomicBoolean(true);
            AtomicLong largest = new AtomicLong();
            Thread watch = new Thread(() -> {
                while (uploading.get()) largest.accumulateAndGet(incomingBytes(store.workArea()), Math::max);
            });
            watch.start();
            List<Integer> statuses = new ArrayList<>();
            AtomicLong sent = new AtomicLong();
            try {
                byte[] body = "Un texte. ".repeat(4 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);   // 40 MB
                // declared: the answer is read before any of the body is sent, over a plain socket, since
                // a client still writing 40 MB may meet the closed connection before it reads the 413
                statuses.add(declaredOnly(server, "/diplo/ingest?file=big.txt", body.length));
                statuses.add(sendStatus(http, HttpRequest.newBuilder(ingest).header("Content-Type", "text/plain")
                        .header("Authorization", basic()).timeout(HUNG).POST(chunked(body, sent)).build()));
            } finally {
                uploading.set(false);
                watch.join();
            }
            assertEquals(413, statuses.get(0), "declared too large");
            assertTrue(statuses.get(1) == 413 || statuses.get(1) == -1, "streamed too large: refused, or the connection"
                    + " closed on the sender, not read whole: " + statuses.get(1));
            assertTrue(largest.get() <= cap, "at most the cap on disk, found " + largest.get() + " bytes");
            HttpResponse<String> small = http.send(HttpRequest.newBuilder(ingest).header("Content-Type", "text/plain")
                    .header("Authorization", basic()).POST(HttpRequest.BodyPublishers.ofString("Un texte.")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, small.statusCode(), "a file under the cap is read: " + small.body());
        }
    }

    // ---- helpers

    /**
     * The status a server answers to a POST that declares {@code length} bytes of body, read before any
     * of the body is sent.
     */
    private static int declaredOnly(DiplographServer server, String path, long length) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) HUNG.toMillis());
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nAuthorization: " + basic()
                    + "\r\nContent-Type: text/plain\r\nContent-Length: " + length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return status == null ? -1 : Integer.parseInt(status.split(" ")[1]);
        }
    }

    private static DiplographServer serve(UnaryOperator<DiplographServer.Builder> options) {
        return options.apply(DiplographServer.create().store(store).port(0)).build().start();
    }

    /** {@code query} followed by a comment that makes it {@code size} characters long. */
    private static String commented(String query, int size) {
        StringBuilder b = new StringBuilder(size + 100).append(query).append("\n#");
        while (b.length() < size) b.append("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ");
        return b.append('\n').toString();
    }

    private static HttpRequest post(String url, String type, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type).timeout(HUNG).POST(body).build();
    }

    /** A body sent without Content-Length (chunked); {@code sent} counts the bytes the client gave away. */
    private static HttpRequest.BodyPublisher chunked(byte[] body, AtomicLong sent) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
            private int at;

            @Override
            public int read() {
                return at < body.length ? body[at++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at >= body.length) return -1;
                int n = Math.min(len, body.length - at);
                System.arraycopy(body, at, b, off, n);
                at += n;
                sent.addAndGet(n);
                return n;
            }
        });
    }

    /** The status, or -1 when the server closed the connection before the client finished sending. */
    private static int sendStatus(HttpClient http, HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static long incomingBytes(Path workArea) {
        if (!Files.isDirectory(workArea)) return 0;
        long total = 0;
        try (Stream<Path> files = Files.walk(workArea)) {
            for (Path f : files.filter(p -> p.toString().contains("incoming")).toList()) {
                try {
                    if (Files.isRegularFile(f)) total += Files.size(f);
                } catch (IOException gone) {
                    // removed while counted
                }
            }
        } catch (IOException | java.io.UncheckedIOException gone) {
            // a folder removed while walked
        }
        return total;
    }

    private static HttpResponse<String> query(HttpClient http, DiplographServer server, String q) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query=" + enc(q))).timeout(HUNG).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The one value of a one-row SELECT, from its CSV answer. */
    private static String count(HttpClient http, DiplographServer server, String q) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query=" + enc(q)))
                .header("Accept", "text/csv").timeout(HUNG).build(), HttpResponse.BodyHandlers.ofString());
        return r.body().lines().skip(1).findFirst().orElse("").trim();
    }

    private static HttpResponse<String> ping(HttpClient http, DiplographServer server) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.consoleUrl() + "$/ping")).timeout(HUNG).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("editor:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String head(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
