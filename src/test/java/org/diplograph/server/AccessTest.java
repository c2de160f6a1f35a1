package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.diplograph.pipeline.Ingest;
import org.diplograph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.pipeline.Ingest;

/**
 * The server's access options over real HTTP: updates only with the password, a ceiling on results,
 * the query timeout, and the listening address.
 */
@Tag("integration")
class AccessTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String GRAPH = "urn:x:access-test";
    private static final String INSERT = "INSERT DATA { GRAPH <" + GRAPH + "> { <urn:x:s> <urn:x:p> \"written\" } }";
    private static final String ASK = "ASK { GRAPH <" + GRAPH + "> { <urn:x:s> <urn:x:p> \"written\" } }";

    @TempDir static Path tmp;
    private static Store store;
    private static DiplographServer server;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(tmp.resolve("data"));
        Ingest.create().store(store).build().run(List.of("seeds"));
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: s3cret-Words\n");
        server = DiplographServer.create().store(store).port(0).maxRows(7).queryTimeout(Duration.ofSeconds(1))
                .updates(passwords).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void updatesNeedTheRightPassword() throws Exception {
        assertEquals(401, update(null).statusCode(), "anonymous");
        assertEquals(401, update(basic("editor", "wrong")).statusCode(), "wrong password");
        assertEquals(401, update(basic("someone", "s3cret-Words")).statusCode(), "unknown user");
        assertEquals("no", ask(), "nothing written by the refused requests");

        HttpResponse<String> ok = update(basic("editor", "s3cret-Words"));
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
        assertEquals("yes", ask());
    }

    @Test
    void theConsoleKeepsItsWriteButtonsWhenUpdatesAreOn() throws Exception {
        HttpResponse<String> setup = HTTP.send(HttpRequest.newBuilder(URI.create(server.consoleUrl()
                + ConsoleSetup.SETUP.substring(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, setup.statusCode());
        assertTrue(setup.body().contains("\"readOnly\" : false"), setup.body().substring(0, 200));
    }

    @Test
    void graphStoreWritesNeedThePasswordAndQueriesDoNot() throws Exception {
        String url = server.datasetUrl() + "/data?graph=" + URLEncoder.encode("urn:x:gsp", StandardCharsets.UTF_8);
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/a> <http://example.org/b> <http://example.org/c> ."));
        // the refused write on a client of its own: the server may close a refused request's connection
        assertEquals(401, HttpClient.newHttpClient().send(put.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        int status = HTTP.send(put.header("Authorization", basic("editor", "s3cret-Words")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        assertTrue(status == 200 || status == 201 || status == 204, "status " + status);
        assertEquals(200, query("ASK { GRAPH <urn:x:gsp> { ?s ?p ?o } }", "text/plain").statusCode(),
                "queries stay anonymous");
    }

    @Test
    void adminWritesStayRefusedEvenWithThePassword() throws Exception {
        for (String path : List.of("/$/datasets/diplo", "/$/compact/diplo", "/$/backup/diplo")) {
            HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .header("Authorization", basic("editor", "s3cret-Words"))
                    .method(path.equals("/$/datasets/diplo") ? "DELETE" : "POST", HttpRequest.BodyPublishers.noBody()).build();
            assertEquals(403, HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.discarding()).statusCode(), path);
        }
    }

    @Test
    void capsTheRowsOfAQueryAndSaysSo() throws Exception {
        HttpResponse<String> all = query("SELECT * { ?s ?p ?o }", "text/csv");
        assertEquals(200, all.statusCode());
        assertEquals(1 + 7, all.body().lines().count(), "header line and seven rows");
        assertEquals(Optional.of("7"), all.headers().firstValue(RowCap.HEADER));

        HttpResponse<String> few = query("SELECT * { ?s ?p ?o } LIMIT 3", "text/csv");
        assertEquals(1 + 3, few.body().lines().count());
        assertFalse(few.headers().firstValue(RowCap.HEADER).isPresent(), "a query within the ceiling is untouched");
    }

    @Test
    void stopsARunawayQueryWithAClearError() throws Exception {
        // The cross product of the whole dataset with itself, three times: far more than a second's work.
        HttpResponse<String> r = query("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "text/csv");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().toLowerCase().contains("timeout") || r.body().toLowerCase().contains("timed out"), r.body());
        assertEquals(200, query("ASK { ?s ?p ?o }", "text/plain").statusCode(), "the server still answers");
    }

    @Test
    void listensOnTheAddressGivenOnly() throws Exception {
        try (Store other = Store.open(tmp.resolve("other"))) {
            DiplographServer s = DiplographServer.create().store(other).port(0).host("127.0.0.2").build().start();
            try {
                assertTrue(s.queryUrl().startsWith("http://127.0.0.2:"), s.queryUrl());
                HttpResponse<Void> there = HTTP.send(HttpRequest.newBuilder(URI.create(s.queryUrl() + "?query="
                        + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
                assertEquals(200, there.statusCode());
                URI elsewhere = URI.create("http://127.0.0.1:" + s.port() + "/$/ping");
                assertThrows(ConnectException.class, () -> HTTP.send(HttpRequest.newBuilder(elsewhere).build(),
                        HttpResponse.BodyHandlers.discarding()));
            } finally {
                s.stop();
            }
        }
    }

    // ---- helpers

    private static HttpResponse<String> update(String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.updateUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(INSERT));
        if (authorization != null) b.header("Authorization", authorization);
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String ask() throws Exception {
        return query(ASK, "text/plain").body().trim();
    }

    private static HttpResponse<String> query(String q, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
