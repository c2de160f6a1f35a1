package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.diplograph.rdf.Iris;
import org.diplograph.pipeline.Ingest;
import org.diplograph.store.ServerRecord;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.diplograph.pipeline.Ingest;
import org.diplograph.rdf.Terms;

/** The seeds served over real HTTP by embedded Fuseki on a free loopback port. */
@Tag("integration")
class ServerTest extends ServedSeeds {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void answersQueriesThroughJenaClients() {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(seeds.server.queryUrl()).query(SeedServer.ARTICLE_COUNT).build()) {
            assertEquals(5, qe.execSelect().next().getLiteral("n").getInt());
        }
        try (RDFConnection conn = RDFConnection.queryConnect(seeds.server.datasetUrl())) {
            QuerySolution row = conn.query(SeedServer.JAPAN_LABEL).execSelect().next();
            assertEquals("Japon", row.getLiteral("label").getLexicalForm());
            assertEquals("fr", row.getLiteral("label").getLanguage());
        }
    }

    @Test
    void answersJsonAndCsvToAPlainHttpClient() throws Exception {
        for (String endpoint : List.of("/diplo/query", "/diplo/sparql", "/diplo")) {
            HttpResponse<String> json = get(endpoint, SeedServer.JAPAN_LABEL, "application/sparql-results+json");
            assertEquals(200, json.statusCode(), endpoint);
            JsonNode binding = new ObjectMapper().readTree(json.body()).path("results").path("bindings").get(0).path("label");
            assertEquals("Japon", binding.path("value").asText());
            assertEquals("fr", binding.path("xml:lang").asText());
        }
        HttpResponse<String> csv = get("/diplo/query", SeedServer.JAPAN_LABEL, "text/csv");
        assertEquals(200, csv.statusCode());
        assertEquals(List.of("label", "Japon"), csv.body().lines().toList());
        HttpResponse<String> count = get("/diplo/query", SeedServer.ARTICLE_COUNT, "text/csv");
        assertEquals(List.of("n", "5"), count.body().lines().toList());
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() throws Exception {
        String q = SeedServer.PREFIXES + "SELECT (COUNT(*) AS ?n) { ?r a dip:BilateralRelation ; dip:articleCount ?c }";
        assertEquals(List.of("n", "3"), get("/diplo/query", q, "text/csv").body().lines().toList(),
                "relations (article graphs) joined with their counts (summary graph)");
    }

    @Test
    void servesGraphsReadOnlyThroughTheGraphStoreProtocol() throws Exception {
        String graph = URLEncoder.encode(Iris.ONTOLOGY_GRAPH, StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(seeds.server.datasetUrl() + "/get?graph=" + graph))
                .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"Japon\"@fr"));
    }

    @Test
    void servesTheConsole() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(seeds.server.consoleUrl())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void leavesARecordAndKeepsItsWorkAreaInTheDataFolder() {
        Path folder = seeds.store.folder();
        assertEquals(Optional.of(seeds.server.datasetUrl()), ServerRecord.live(folder));
        assertTrue(Files.isDirectory(folder.resolve("fuseki").resolve("configuration")));
        assertFalse(Files.exists(Path.of("run")), "no run/ folder in the working directory");
    }

    @Test
    void stoppingRemovesTheRecord() throws IOException {
        Path folder = tmp.resolve("other");
        SeedServer other = SeedServer.start(folder);
        assertTrue(Files.exists(folder.resolve("server.url")));
        other.close();
        assertFalse(Files.exists(folder.resolve("server.url")));
        assertEquals(Optional.empty(), ServerRecord.live(folder));
    }

    @Test
    void stopsQueriesThatRunPastTheTimeout() throws Exception {
        Path folder = tmp.resolve("timeout");
        try (Store store = Store.open(folder)) {
            Ingest.create().store(store).build().run(List.of("seeds"));
            DiplographServer server = DiplographServer.create().store(store).port(0)
                    .queryTimeout(java.time.Duration.ofMillis(1)).build().start();
            try {
                // Millions of rows: the cross product of the whole graph with itself, three times.
                String q = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(503, r.statusCode(), r.body());
            } finally {
                server.stop();
            }
        }
    }

    private static HttpResponse<String> get(String path, String query, String accept) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + seeds.server.port() + path + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }
}
