package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.diplograph.DiplographException;
import org.diplograph.pipeline.Ingest;
import org.diplograph.store.GraphCounts;
import org.diplograph.store.SnapshotManifest;
import org.diplograph.store.Store;
import org.diplograph.store.StoreSnapshot;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two servers of a replica set over real HTTP: the writer, which writes a snapshot when an editor
 * asks ({@code POST /diplo/snapshot}), and a replica serving one read-only, which refuses every write.
 */
class ReplicaEndpointsTest {
    private static final String USER = "editor";
    private static final String PASSWORD = "Long-Secret-42";

    @TempDir Path tmp;

    @Tag("integration")
    @Test
    void theWriterWritesASnapshotForAnEditorOnlyAndUnderAValidNameOnly() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), USER + ": " + PASSWORD + "\n");
        Path db = tmp.resolve("data");
        try (Store store = Store.open(db);
             DiplographServer server = DiplographServer.create().store(store).port(0).updates(passwords).build().start()) {
            Ingest.create().store(store).build().run(List.of("seeds/002_60b42acfeed2b7c8.txt"));
            String snapshot = server.datasetUrl() + "/snapshot?name=";
            assertEquals(401, send("POST", snapshot + "first", null, null).statusCode(), "anonymous");
            assertEquals(401, send("POST", snapshot + "first", USER + ":guessed", null).statusCode(), "a wrong password");
            List<String> wrong = new ArrayList<>();
            for (String name : List.of("", "..", ".hidden", "../outside", "a/b", "a\\b", "-x", "x".repeat(65), "é", "a b", "a%00")) {
                HttpResponse<String> r = send("POST", snapshot + URLEncoder.encode(name, StandardCharsets.UTF_8), USER + ":" + PASSWORD, null);
                if (r.statusCode() != 400) wrong.add(name + " -> " + r.statusCode());
            }
            assertEquals(List.of(), wrong, "names that are not one plain folder name");
            assertFalse(Files.exists(db.resolve("snapshots")), "nothing written for a refused request");
            assertEquals(405, send("GET", snapshot + "first", USER + ":" + PASSWORD, null).statusCode());

            IngestClient client = IngestClient.of(server.datasetUrl(), passwords);
            IngestClient.SnapshotAnswer a = client.snapshot("first");
            assertEquals("first", a.name());
            long articles = GraphCounts.of(store.dataset()).articles();
            assertEquals(articles, a.articles());
            assertEquals(List.of(), SnapshotManifest.verify(db.resolve("snapshots").resolve("first")));
            assertEquals(409, send("POST", snapshot + "first", USER + ":" + PASSWORD, null).statusCode(), "a name taken");

            // the editor's password opens the snapshot and nothing more of the admin area
            for (String admin : List.of("/$/backup/diplo", "/$/compact/diplo", "/$/datasets?dbName=x&dbType=mem", "/$/reload")) {
                HttpResponse<String> r = send("POST", server.consoleUrl() + admin.substring(1), USER + ":" + PASSWORD, null);
                assertEquals(403, r.statusCode(), admin);
            }
        }
    }

    @Tag("integration")
    @Test
    void aReadOnlyServerRefusesEveryWritePathAndLeavesItsSnapshotAsItWas() throws Exception {
        Path db = tmp.resolve("data");
        Path snap = tmp.resolve("snap");
        try (Store store = Store.open(db)) {
            Ingest.create().store(store).build().run(List.of("seeds/002_60b42acfeed2b7c8.txt"));
            StoreSnapshot.write(store, snap, "x");
        }
        Path passwords = Files.writeString(tmp.resolve("passwords"), USER + ": " + PASSWORD + "\n");
        try (Store store = Store.openReadOnly(snap)) {
            DiplographException e = assertThrows(DiplographException.class,
                    () -> DiplographServer.create().store(store).port(0).updates(passwords).build());
            assertTrue(e.getMessage().startsWith("A read-only dataset is served without updates"), e.getMessage());
            long quads = GraphCounts.triples(store.dataset());
            try (DiplographServer server = DiplographServer.create().store(store).port(0).build().start()) {
                String d = server.datasetUrl();
                String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> \"c\" } }";
                String turtle = "<urn:x:a> <urn:x:b> \"c\" .";
                String credentials = USER + ":" + PASSWORD;
                String[][] writes = {
                        {"POST", d + "/update", "application/sparql-update", insert},
                        {"POST", d + "/query", "application/sparql-update", insert},
                        {"POST", d, "application/sparql-update", insert},
                        {"POST", d + "/sparql", "application/x-www-form-urlencoded", "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8)},
                        {"PUT", d + "/data?graph=urn:x:g", "text/turtle", turtle},
                        {"POST", d + "/data?graph=urn:x:g", "text/turtle", turtle},
                        {"PUT", d + "/get?graph=urn:x:g", "text/turtle", turtle},
                        {"POST", d + "/get?graph=urn:x:g", "text/turtle", turtle},
                        {"DELETE", d + "/get?graph=urn:x:g", null, null},
                        {"PUT", d + "?graph=urn:x:g", "text/turtle", turtle},
                        {"POST", d + "/ingest?file=x.txt", "text/plain", "Le ministre a reçu l'ambassadeur."},
                        {"DELETE", d + "/ingest?key=002_60b42acfeed2b7c8", null, null},
                        {"POST", d + "/snapshot?name=again", null, null},
                        {"POST", server.consoleUrl() + "$/datasets?dbName=x&dbType=mem", null, null},
                        {"DELETE", server.consoleUrl() + "$/datasets/diplo", null, null},
                        {"POST", server.consoleUrl() + "$/backup/diplo", null, null},
                        {"POST", server.consoleUrl() + "$/compact/diplo", null, null}};
                List<String> answered = new ArrayList<>();
                for (String[] w : writes) {
                    for (String who : new String[] {null, credentials}) {
                        HttpResponse<String> r = send(w[0], w[1], who, w[2] == null ? null : new String[] {w[2], w[3]});
                        if (r.statusCode() < 400) answered.add(w[0] + " " + w[1] + (who == null ? "" : " (with a password)") + " -> " + r.statusCode());
                    }
                }
                assertEquals(List.of(), answered, "every write refused");
                HttpResponse<String> query = send("GET", d + "/query?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8),
                        null, null);
                assertEquals(200, query.statusCode(), "queries are answered");
            }
            assertEquals(quads, GraphCounts.triples(store.dataset()), "the dataset as it was");
            assertFalse(Files.exists(snap.resolve("snapshots")), "no snapshot written");
        }
        assertEquals(List.of(), SnapshotManifest.verify(snap), "not a byte of the snapshot changed");
    }

    private HttpResponse<String> send(String method, String url, String credentials, String[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body[1]));
        if (body != null) b.header("Content-Type", body[0]);
        if (credentials != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        // A client per request, so each request has a connection of its own: a refused write may be
        // answered and its connection closed while a shared client's pool still offers it to the
        // next request, which then reads no bytes. A fresh connection that answers nothing is a
        // real failure.
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
