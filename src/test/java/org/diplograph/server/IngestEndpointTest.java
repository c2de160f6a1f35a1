package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.diplograph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /diplo/ingest?file=NAME} from an editor: a name that is no file name is a client error
 * (400) that says why, a hostile file is a problem of that file (200), and no answer is a 500 or
 * shows where the server keeps its files.
 */
@Tag("integration")
class IngestEndpointTest {
    private static final String USER = "feeder";
    private static final String PASSWORD = "Long-Secret-42";

    @TempDir static Path tmp;
    private static Store store;
    private static DiplographServer server;

    @BeforeAll
    static void start() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), USER + ": " + PASSWORD + ", writer\n");
        store = Store.open(tmp.resolve("data"));
        server = DiplographServer.create().store(store).port(0).updates(passwords).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void namesThatAreNoFileNameAreRefusedWith400WithoutServerPaths() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String name : List.of("..", ".", "a/..", "../..", "in/", "x".repeat(300) + ".txt", "é".repeat(130) + ".txt",
                "a\u0000b.txt", "a\u0001.txt", "a\nb.txt", "a\rb.txt", "\u007f.txt", "a\u0085.txt", " ")) {
            HttpResponse<String> r = post(name, "Le ministre a reçu l'ambassadeur.");
            if (r.statusCode() != 400 || r.body().isBlank() || leaksPaths(r.body())) {
                wrong.add(name.replaceAll("\\p{Cntrl}", "^") + " -> " + r.statusCode() + " " + r.body());
            }
        }
        assertEquals(List.of(), wrong, "names not refused with a 400 that says why and names no server path");
    }

    @Test
    void refusalsSayWhatIsWrongWithTheName() throws Exception {
        assertTrue(post("..", "x").body().contains("not a file name"));
        assertTrue(post("x".repeat(300) + ".txt", "x").body().contains("255 bytes"));
        assertTrue(post("a\u0000b.txt", "x").body().contains("control character"));
    }

    @Test
    void jsonNestedTooDeepIsAProblemOfTheFileAndTheNextFileLoads() throws Exception {
        HttpResponse<String> deep = post("deep.json", "[".repeat(100_000));
        assertEquals(200, deep.statusCode(), deep.body());
        assertTrue(deep.body().contains("\"failed\":1"), deep.body());
        assertTrue(deep.body().contains("deep.json") && deep.body().contains("JSON nested deeper than 100 levels"), deep.body());
        assertFalse(leaksPaths(deep.body()), deep.body());

        HttpResponse<String> good = post("later.txt", Files.readString(Path.of("seeds", "002_60b42acfeed2b7c8.txt")));
        assertEquals(200, good.statusCode(), good.body());
        assertTrue(good.body().startsWith("{\"new\":"), good.body());
        assertFalse(good.body().startsWith("{\"new\":0"), good.body());
    }

    @Test
    void aNameWithFoldersIsReadUnderItsLastPart() throws Exception {
        HttpResponse<String> r = post("../../outside/x.txt", Files.readString(Path.of("seeds", "003_102ef6e322b1fea5.txt")));
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(Files.exists(tmp.resolve("outside")), "nothing written outside the work area");
        assertFalse(leaksPaths(r.body()), r.body());
    }

    @Test
    void aRequestsRunRecordStatesNoQuadCountOfTheWholeDataset() throws Exception {
        HttpResponse<String> r = post("counted.txt", Files.readString(Path.of("seeds", "004_ea3d89f4fc626edf.txt")));
        assertEquals(200, r.statusCode(), r.body());
        // the run that read counted.txt is recorded, without dip:tripleCount: counting every quad of a
        // large dataset took seconds per request
        String query = "SELECT ?run ?count WHERE { GRAPH <" + org.diplograph.rdf.Terms.RUNS_GRAPH.getURI() + "> {"
                + " ?run <" + org.diplograph.rdf.DIP.NS + "inputFile> ?file FILTER(CONTAINS(STR(?file), \"counted.txt\"))"
                + " OPTIONAL { ?run <" + org.diplograph.rdf.DIP.tripleCount.getURI() + "> ?count } } }";
        List<String> rows = new ArrayList<>();
        org.apache.jena.system.Txn.executeRead(store.dataset(), () -> {
            try (var qe = org.apache.jena.sparql.exec.QueryExec.dataset(store.dataset()).query(query).build()) {
                qe.select().forEachRemaining(b -> rows.add(b.get("run") + " " + b.get("count")));
            }
        });
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).endsWith(" null"), "no quad count on a request's run: " + rows);
    }

    // ---- helpers

    private static boolean leaksPaths(String body) {
        return body.contains(tmp.toString()) || body.contains(store.workArea().toAbsolutePath().toString())
                || body.contains("/tmp/") || body.contains("incoming");
    }

    private static HttpResponse<String> post(String name, String body) throws Exception {
        return post(server, name, body);
    }

    /** A file sent to {@code server}'s ingest endpoint as the user {@code feeder} (shared with the text query test). */
    static HttpResponse<String> post(DiplographServer server, String name, String body) throws Exception {
        String auth = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/ingest?file="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Authorization", "Basic " + auth).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
