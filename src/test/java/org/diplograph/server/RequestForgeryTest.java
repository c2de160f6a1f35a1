package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.diplograph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request-forgery probes of issue 15 over real HTTP, on a server with updates and its defaults:
 * SPARQL {@code SERVICE} and {@code LOAD} make the server fetch nothing, a foreign origin gets no
 * CORS grant and cannot write even with the editor's password, and a foreign {@code Host} header
 * (DNS rebinding) is refused. Each of these passed the attacker's way before the guards existed.
 */
@Tag("integration")
class RequestForgeryTest {
    static final String FORM = "application/x-www-form-urlencoded";
    static final String EDITOR = "editor";
    static final String PASSWORD = "s3cret-Words";
    private static final String GRAPH = "urn:x:forgery";
    private static final String INSERT = "INSERT DATA { GRAPH <" + GRAPH + "> { <urn:x:s> <urn:x:p> \"forged\" } }";
    private static final String ASK = "ASK { GRAPH <" + GRAPH + "> { ?s ?p ?o } }";

    @TempDir static Path tmp;
    private static Store store;
    private static DiplographServer server;
    private static ForeignSite foreign;

    @BeforeAll
    static void start() throws IOException {
        store = Store.open(tmp.resolve("data"));
        server = DiplographServer.create().store(store).port(0).updates(passwords(tmp)).build().start();
        foreign = new ForeignSite();
    }

    @AfterAll
    static void stop() {
        foreign.close();
        server.stop();
        store.close();
    }

    /** A password file with the one editor of these tests. */
    static Path passwords(Path folder) throws IOException {
        return Files.writeString(folder.resolve("passwords"), EDITOR + ": " + PASSWORD + "\n");
    }

    // ---- SERVICE

    @Test
    void serviceFetchesNothingByDefault() throws Exception {
        int before = foreign.hits();
        HttpResponse<String> open = query(server, serviceQuery(foreign.url("/sparql")));
        HttpResponse<String> secret = query(server, serviceQuery(foreign.url("/secret")));
        HttpResponse<String> closed = query(server, serviceQuery("http://127.0.0.1:" + closedPort() + "/sparql"));

        assertEquals(before, foreign.hits(), "the server sent no request to the other port");
        for (HttpResponse<String> r : List.of(open, secret, closed)) {
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
            assertFalse(r.body().contains(ForeignSite.ANSWER) || r.body().contains(foreign.secret), r.body());
        }
        assertEquals(open.statusCode(), closed.statusCode(), "an open and a closed port look the same: no port scan");
        HttpResponse<String> inUpdate = send(server, "POST", "/diplo/update", "application/sparql-update",
                "INSERT { GRAPH <" + GRAPH + "> { ?x ?x ?x } } WHERE { SERVICE <" + foreign.url("/sparql") + "> { ?x ?y ?z } }",
                editor(), null);
        assertTrue(inUpdate.statusCode() >= 400, inUpdate.statusCode() + " " + inUpdate.body());
        assertEquals(before, foreign.hits(), "an update's SERVICE reached nothing either");
        assertTrue(open.body().contains("SERVICE"), "the refusal names its reason: " + open.body());
    }

    // ---- LOAD

    @Test
    void loadOfALocalFileIsRefusedAndItsContentNotEchoed() throws Exception {
        String secret = "local-" + java.util.UUID.randomUUID();
        Path turtle = Files.writeString(tmp.resolve("secret.ttl"), "<urn:x:s> <urn:x:p> \"" + secret + "\" .\n");
        Path plain = Files.writeString(tmp.resolve("secret.txt"), secret + " is not RDF at all\n");
        String hostname = Files.exists(Path.of("/etc/hostname")) ? Files.readString(Path.of("/etc/hostname")).trim() : "";
        int before = foreign.hits();
        List<String> sources = List.of(turtle.toUri().toString(), plain.toUri().toString(), "file:///etc/hostname",
                foreign.url("/secret"), foreign.url("/sparql"));
        for (String source : sources) {
            HttpResponse<String> r = send(server, "POST", "/diplo/update", FORM, "update="
                    + enc("LOAD <" + source + "> INTO GRAPH <" + GRAPH + ">"), editor(), null);
            assertEquals(403, r.statusCode(), source + ": " + r.body());
            assertFalse(r.body().contains(secret) || r.body().contains(foreign.secret), source + ": " + r.body());
            assertFalse(hostname.length() >= 4 && r.body().contains(hostname), source + ": " + r.body());
            assertFalse(r.body().contains(tmp.toString()), "no server path in " + r.body());
        }
        assertEquals(before, foreign.hits(), "LOAD fetched nothing over HTTP");
        assertEquals("no", ask(server, ASK));
    }

    // ---- error bodies

    @Test
    void errorBodiesAreOneLineWithoutServerPathsOrExceptions() throws Exception {
        HttpResponse<String> parse = query(server, "SELECT * WHERE { ?s ?p }");
        assertEquals(400, parse.statusCode(), parse.body());
        assertTrue(parse.body().contains("line 1"), "a parse error still says where: " + parse.body());
        String folder = store.folder().toAbsolutePath().toString();
        List<String> leaks = new ArrayList<>();
        for (String name : List.of("..", "x".repeat(300) + ".txt", "a%00b.txt", "../../etc/passwd", "/etc/passwd")) {
            HttpResponse<String> r = send(server, "POST", "/diplo/ingest?file=" + name.replace("/", "%2F"), "text/plain",
                    "Un texte.", editor(), null);
            String body = r.body();
            if (body.contains(folder) || body.contains(tmp.toString()) || body.contains("Exception")
                    || body.strip().lines().count() > 1) {
                leaks.add(name + " -> " + r.statusCode() + " " + body);
            }
        }
        assertEquals(List.of(), leaks, "error bodies with server paths, exceptions or more than one line");
    }

    @Test
    void cleaningKeepsTheFirstLineAndDropsPathsFileUrlsAndExceptionNames() {
        ErrorBodies bodies = new ErrorBodies(List.of(Path.of("/srv/diplo/data")));
        assertEquals("Cannot read …/x.txt (No such file)", bodies.clean("java.io.UncheckedIOException: "
                + "java.nio.file.NoSuchFileException: Cannot read /srv/diplo/data/x.txt (No such file)\nCaused by: more"));
        assertEquals("Cannot read … or …", bodies.clean("Cannot read /home/ann/x.ttl or /tmp/junit1/incoming2/x.txt"));
        assertEquals("Not found: file:…", bodies.clean("org.apache.jena.riot.RiotNotFoundException: Not found: file:///etc/hostname"));
        assertEquals("HTTP 500 error making the query: Server Error", bodies.clean(
                "HTTP 500 error making the query: Server Error\nBody (extracted with charset UTF-8): secret"));
        assertEquals("Lexical error at line 1, column 10 in /diplo/query", bodies.clean(
                "Lexical error at line 1, column 10 in /diplo/query"), "URL paths stay");
        assertEquals("", bodies.clean("\n\n"));
    }

    // ---- CORS

    @Test
    void aForeignOriginGetsNoCorsGrant() throws Exception {
        String evil = foreign.url("");
        HttpResponse<String> simple = send(server, "GET", "/diplo/query?query=" + enc("ASK {}"), null, null, null, evil);
        assertEquals(Optional.empty(), simple.headers().firstValue("Access-Control-Allow-Origin"));
        assertEquals(Optional.empty(), simple.headers().firstValue("Access-Control-Allow-Credentials"));
        for (String path : List.of("/diplo/query", "/diplo/update", "/diplo/ingest?file=x.txt")) {
            HttpRequest preflight = HttpRequest.newBuilder(URI.create(base(server) + path))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", evil)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization,content-type").build();
            HttpResponse<Void> r = HttpClient.newHttpClient().send(preflight, HttpResponse.BodyHandlers.discarding());
            assertEquals(Optional.empty(), r.headers().firstValue("Access-Control-Allow-Origin"), path);
            assertEquals(Optional.empty(), r.headers().firstValue("Access-Control-Allow-Credentials"), path);
        }
    }

    // ---- Origin of writes

    @Test
    void aCrossOriginWriteIsRefusedEvenWithThePassword() throws Exception {
        for (String evil : List.of(foreign.url(""), "null", "http://localhost:" + foreign.port(),
                "http://127.0.0.1:" + server.port() + ".evil.example", "https://127.0.0.1")) {
            List<String> accepted = new ArrayList<>();
            for (HttpResponse<String> r : List.of(
                    send(server, "POST", "/diplo/update", FORM, "update=" + enc(INSERT), editor(), evil),
                    send(server, "POST", "/diplo/update", "application/sparql-update", INSERT, editor(), evil),
                    send(server, "PUT", "/diplo/data?graph=" + enc(GRAPH), "text/turtle", "<urn:x:s> <urn:x:p> 1 .", editor(), evil),
                    send(server, "POST", "/diplo/data?graph=" + enc(GRAPH), "text/turtle", "<urn:x:s> <urn:x:p> 2 .", editor(), evil),
                    send(server, "POST", "/diplo/ingest?file=x.txt", "text/plain", "Un texte.", editor(), evil),
                    send(server, "DELETE", "/diplo/ingest?key=001_04a527d0d29b2ca9", null, null, editor(), evil),
                    send(server, "POST", "/diplo/snapshot?name=copy", null, null, editor(), evil),
                    send(server, "DELETE", "/diplo/data?graph=" + enc(GRAPH), null, null, editor(), evil))) {
                if (r.statusCode() != 403) accepted.add(r.request().method() + " " + r.uri().getPath() + " -> " + r.statusCode());
            }
            assertEquals(List.of(), accepted, "writes from " + evil + " not refused with 403");
        }
        assertEquals("no", ask(server, ASK));
        assertEquals("no", ask(server, "ASK { ?a a <" + org.diplograph.rdf.DIP.NS + "Article> }"), "nothing ingested");
    }

    @Test
    void sameOriginAndOriginlessWritesAreAccepted() throws Exception {
        try {
            for (String origin : new String[] {null, base(server), "http://localhost:" + server.port()}) {
                send(server, "POST", "/diplo/update", FORM, "update=" + enc("DROP SILENT GRAPH <" + GRAPH + ">"), editor(), null);
                HttpResponse<String> r = send(server, "POST", "/diplo/update", FORM, "update=" + enc(INSERT), editor(), origin);
                assertEquals(200, r.statusCode(), origin + ": " + r.body());
                assertEquals("yes", ask(server, ASK), "written with Origin " + origin);
            }
            HttpResponse<String> query = send(server, "POST", "/diplo/query", FORM, "query=" + enc(ASK), null, foreign.url(""));
            assertEquals(200, query.statusCode(), "a query by POST only reads, from any origin: " + query.body());
        } finally {
            send(server, "POST", "/diplo/update", FORM, "update=" + enc("DROP SILENT GRAPH <" + GRAPH + ">"), editor(), null);
        }
    }

    // ---- Host

    @Test
    void aForeignHostHeaderIsRefusedOnEveryPath() throws Exception {
        int port = server.port();
        for (String path : List.of("/$/ping", "/diplo/query?query=" + enc("ASK {}"), "/", "/$/datasets")) {
            for (String host : List.of("rebind.example:" + port, "rebind.example", "127.0.0.1:" + (port == 1 ? 2 : 1),
                    "localhost.rebind.example:" + port)) {
                assertEquals(403, rawStatus(port, host, path), host + " " + path);
            }
            for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port, "[::1]:" + port)) {
                assertEquals(200, rawStatus(port, host, path), host + " " + path);
            }
        }
    }

    // ---- the options that open each a little

    @Test
    void withTheOptionsServiceReachesTheNamedHostOnlyAndCorsGrantsTheNamedOriginOnly() throws Exception {
        try (Store other = Store.open(tmp.resolve("options"))) {
            DiplographServer s = DiplographServer.create().store(other).port(0).updates(passwords(tmp))
                    .serviceHost("127.0.0.1:" + foreign.port()).corsOrigin(foreign.url("")).corsOrigin("https://Tools.Example.org")
                    .allowedHost("graph.example.org").build().start();
            try {
                HttpResponse<String> answer = query(s, serviceQuery(foreign.url("/sparql")));
                assertEquals(200, answer.statusCode(), answer.body());
                assertTrue(answer.body().contains(ForeignSite.ANSWER), answer.body());

                int before = foreign.hits();
                HttpResponse<String> failed = query(s, serviceQuery(foreign.url("/secret")));
                assertEquals(before + 1, foreign.hits(), "the allowed host was called");
                assertEquals(502, failed.statusCode(), failed.body());
                assertFalse(failed.body().contains(foreign.secret), "no fetched content in " + failed.body());
                assertFalse(failed.body().contains("Exception"), "no exception in " + failed.body());
                assertEquals(1, failed.body().strip().lines().count(), failed.body());

                for (String elsewhere : List.of("http://127.0.0.1:" + closedPort() + "/sparql", "http://localhost:" + foreign.port()
                        + "/sparql", "file:///etc/hostname", "http://user@127.0.0.1:" + foreign.port() + "/sparql")) {
                    HttpResponse<String> r = query(s, serviceQuery(elsewhere));
                    assertEquals(422, r.statusCode(), elsewhere + ": " + r.body());
                }
                assertEquals(before + 1, foreign.hits(), "no other call");

                String listed = foreign.url("");
                HttpResponse<String> cors = send(s, "GET", "/diplo/query?query=" + enc("ASK {}"), null, null, null, listed);
                assertEquals(Optional.of(listed), cors.headers().firstValue("Access-Control-Allow-Origin"));
                assertEquals(Optional.empty(), cors.headers().firstValue("Access-Control-Allow-Credentials"));
                HttpRequest preflight = HttpRequest.newBuilder(URI.create(base(s) + "/diplo/query"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", listed)
                        .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type").build();
                HttpResponse<Void> granted = HttpClient.newHttpClient().send(preflight, HttpResponse.BodyHandlers.discarding());
                assertEquals(Optional.of(listed), granted.headers().firstValue("Access-Control-Allow-Origin"));
                assertEquals(Optional.empty(), granted.headers().firstValue("Access-Control-Allow-Credentials"));
                HttpResponse<String> unlisted = send(s, "GET", "/diplo/query?query=" + enc("ASK {}"), null, null, null,
                        "http://127.0.0.1:" + closedPort());
                assertEquals(Optional.empty(), unlisted.headers().firstValue("Access-Control-Allow-Origin"));
                assertEquals(403, send(s, "POST", "/diplo/update", FORM, "update=" + enc(INSERT), editor(), listed).statusCode(),
                        "a CORS origin may read, not write");

                assertEquals(200, rawStatus(s.port(), "graph.example.org", "/$/ping"));
                assertEquals(200, rawStatus(s.port(), "Graph.Example.Org:8443", "/$/ping"));
                assertEquals(403, rawStatus(s.port(), "other.example.org", "/$/ping"));
                assertEquals(200, send(s, "POST", "/diplo/update", FORM, "update=" + enc(INSERT), editor(),
                        "https://graph.example.org").statusCode(), "the proxied name is the server's own origin");
                assertEquals("yes", ask(s, ASK));
            } finally {
                s.stop();
            }
        }
    }

    @Test
    void theOptionsRefuseWhatIsNotAHostOrAnOrigin() {
        DiplographServer.Builder b = DiplographServer.create();
        for (String bad : List.of("", " ", "http://example.org", "example.org/x", "user@example.org", "example.org:0",
                "example.org:70000", "::1")) {
            assertThrows(IllegalArgumentException.class, () -> b.serviceHost(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> b.allowedHost(bad), bad);
        }
        for (String bad : List.of("*", "", "null", "example.org", "http://example.org/", "http://example.org/x",
                "ftp://example.org", "http://*.example.org", "http://user@example.org")) {
            assertThrows(IllegalArgumentException.class, () -> b.corsOrigin(bad), bad);
        }
        assertTrue(HostPattern.parse("[::1]:3030").matches("[0:0:0:0:0:0:0:1]", 3030), "IPv6 in canonical form");
        assertTrue(HostPattern.parse("Example.ORG").matches("example.org", 8443), "any port, any case");
        assertFalse(HostPattern.parse("example.org:80").matches("example.org", 8080));
        b.serviceHost("example.org").serviceHost("[::1]:3030").allowedHost("192.168.1.5").corsOrigin("https://example.org:8443");
    }

    // ---- helpers

    static String serviceQuery(String endpoint) {
        return "SELECT * { SERVICE <" + endpoint + "> { ?x ?y ?z } }";
    }

    /** A loopback port that nothing listens on, as far as anything can tell. */
    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static String base(DiplographServer s) {
        return "http://127.0.0.1:" + s.port();
    }

    static HttpResponse<String> query(DiplographServer s, String q) throws Exception {
        return send(s, "GET", "/diplo/query?query=" + enc(q), null, null, null, null);
    }

    static String ask(DiplographServer s, String q) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base(s)
                + "/diplo/query?query=" + enc(q))).header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().trim();
    }

    /** One request on a connection of its own; null leaves a header out. */
    static HttpResponse<String> send(DiplographServer s, String method, String path, String type, String body,
            String authorization, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base(s) + path));
        if (type != null) b.header("Content-Type", type);
        if (authorization != null) b.header("Authorization", authorization);
        if (origin != null) b.header("Origin", origin);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The status of a GET sent with this {@code Host} header, over a plain socket: Java's HTTP
     * client will not send a Host header other than the URL's.
     */
    static int rawStatus(int port, String host, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            String status = answer.lines().findFirst().orElse("");
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    static String editor() {
        return "Basic " + Base64.getEncoder().encodeToString((EDITOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
