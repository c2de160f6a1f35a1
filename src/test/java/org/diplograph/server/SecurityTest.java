package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.diplograph.rdf.Iris;
import org.diplograph.store.Snapshot;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.diplograph.rdf.Terms;

/** Anonymous clients can read the dataset and the console's status pages, and change nothing. */
@Tag("integration")
class SecurityTest extends ServedSeeds {
    private static final String TURTLE = "<urn:x:s> <urn:x:p> \"intruder\" .";
    private static final String FORM = "application/x-www-form-urlencoded";

    /** One attempt: method, path, content type, body. */
    private record Call(String method, String path, String type, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Call> ADMIN_WRITES = List.of(
            new Call("POST", "/$/datasets", FORM, "dbName=intruder&dbType=mem"),
            new Call("POST", "/$/datasets", "text/turtle", TURTLE),
            new Call("DELETE", "/$/datasets/diplo", null, null),
            new Call("POST", "/$/datasets/diplo?state=offline", null, null),
            new Call("PUT", "/$/datasets/diplo", "text/turtle", TURTLE),
            new Call("POST", "/$/backup/diplo", null, null),
            new Call("GET", "/$/backup/diplo", null, null),
            new Call("POST", "/$/backups/diplo", null, null),
            new Call("GET", "/$/backups-list", null, null),
            new Call("POST", "/$/compact/diplo", null, null),
            new Call("GET", "/$/compact/diplo?deleteOld=true", null, null),
            new Call("POST", "/$/sleep", null, null),
            new Call("GET", "/$/sleep", null, null),
            new Call("POST", "/$/tasks", null, null),
            new Call("DELETE", "/$/tasks", null, null),
            new Call("POST", "/$/reload", null, null),
            new Call("GET", "/$/reload", null, null),
            new Call("POST", "/$/server/shutdown", null, null),
            new Call("POST", "/$/server", null, null),
            new Call("POST", "/$/stats/diplo", null, null),
            new Call("POST", "/$/ping", null, null));

    private static final List<Call> DATA_WRITES = List.of(
            new Call("POST", "/diplo", FORM, "update=" + enc("INSERT DATA { GRAPH <urn:x:g> { " + TURTLE + " } }")),
            new Call("POST", "/diplo", "application/sparql-update", "DROP ALL"),
            new Call("POST", "/diplo/update", "application/sparql-update", "DROP ALL"),
            new Call("POST", "/diplo/query", FORM, "update=" + enc("DROP ALL")),
            new Call("POST", "/diplo/sparql", "application/sparql-update", "DROP ALL"),
            new Call("PUT", "/diplo/get?default", "text/turtle", TURTLE),
            new Call("POST", "/diplo/get?graph=urn:x:g", "text/turtle", TURTLE),
            new Call("DELETE", "/diplo/get?graph=" + enc(Iris.ONTOLOGY_GRAPH), null, null),
            new Call("PUT", "/diplo?graph=urn:x:g", "text/turtle", TURTLE),
            new Call("POST", "/diplo", "text/turtle", TURTLE),
            new Call("POST", "/diplo/data", "text/turtle", TURTLE),
            new Call("POST", "/diplo/upload", "text/turtle", TURTLE),
            new Call("DELETE", "/diplo", null, null),
            new Call("POST", "/diplo/ingest?file=x.txt", "text/plain", "Un texte."),
            new Call("DELETE", "/diplo/ingest?key=001_04a527d0d29b2ca9", null, null),
            new Call("POST", "/diplo/snapshot?name=copy", null, null));

    @Test
    void refusesEveryStateChangingAdminCall() throws Exception {
        List<String> answered = new ArrayList<>();
        for (Call c : ADMIN_WRITES) {
            int status = send(c);
            if (status != 403) answered.add(c + " -> " + status);
        }
        assertEquals(List.of(), answered, "admin calls not refused with 403");
    }

    @Test
    void refusesUpdatesAndGraphStoreWrites() throws Exception {
        List<String> accepted = new ArrayList<>();
        for (Call c : DATA_WRITES) {
            int status = send(c);
            if (status < 400 || status >= 500) accepted.add(c + " -> " + status);
        }
        assertEquals(List.of(), accepted, "writes not refused with a client error");
    }

    @Test
    void afterEveryAttemptTheDatasetIsIntactAndTheConsoleStillReads() throws Exception {
        Map<Node, Graph> before = Snapshot.of(seeds.store.dataset(), null);
        for (Call c : ADMIN_WRITES) send(c);
        for (Call c : DATA_WRITES) send(c);

        Snapshot.assertSame(before, Snapshot.of(seeds.store.dataset(), null));
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(seeds.server.queryUrl()).query(SeedServer.ARTICLE_COUNT).build()) {
            assertEquals(5, qe.execSelect().next().getLiteral("n").getInt());
        }
        for (String path : List.of("/$/ping", "/$/server", "/$/datasets", "/$/stats", "/$/stats/diplo", "/$/tasks")) {
            assertEquals(200, send(new Call("GET", path, null, null)), path);
        }
        HttpResponse<String> datasets = send(new Call("GET", "/$/datasets", null, null), HttpResponse.BodyHandlers.ofString());
        assertTrue(datasets.body().contains("\"/diplo\""), datasets.body());
        assertFalse(datasets.body().contains("intruder"));
    }

    @Test
    void refusalsNameTheReason() throws Exception {
        HttpResponse<String> r = send(new Call("DELETE", "/$/datasets/diplo", null, null), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("read-only"));
    }

    // ---- helpers

    private static int send(Call c) throws Exception {
        return send(c, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * Each attempt on a connection of its own: the server may close a connection after refusing a
     * request whose body it did not read, and a reused connection would then fail on the client side.
     */
    private static <T> HttpResponse<T> send(Call c, HttpResponse.BodyHandler<T> body) throws Exception {
        return HttpClient.newHttpClient().send(request(c), body);
    }

    private static HttpRequest request(Call c) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + seeds.server.port() + c.path()));
        if (c.type() != null) b.header("Content-Type", c.type());
        return b.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(c.body())).build();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
