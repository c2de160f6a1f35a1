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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.diplograph.query.CannedQuery;
import org.diplograph.query.Catalogue;
import org.diplograph.query.Params;
import org.diplograph.query.QueryRunner;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code text:query} over real HTTP against the real Fuseki server: any client (the console, curl, a
 * SPARQL library) can search the text index, and an article sent to the live ingest endpoint is
 * found as soon as its answer has come back.
 */
@Tag("integration")
class TextQueryTest {
    private static final String USER = "feeder";
    private static final String PASSWORD = "Long-Secret-42";
    private static final String SEARCH = "PREFIX text: <http://jena.apache.org/text#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    @TempDir Path tmp;

    @Test
    void textQueryAnswersOverHttpAndFollowsTheLiveIngest() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), USER + ": " + PASSWORD + ", writer\n");
        try (Store store = Store.open(tmp.resolve("data"));
                DiplographServer server = DiplographServer.create().store(store).port(0).updates(passwords).build().start()) {
            String words = SEARCH + "SELECT ?article { ?article text:query \"hanoi\" }";
            assertEquals(Set.of(), iris(get(server, words)), "nothing yet");

            Path seed = holding("Hanoï");
            HttpResponse<String> sent = IngestEndpointTest.post(server, seed.getFileName().toString(), Files.readString(seed, StandardCharsets.UTF_8));
            assertEquals(200, sent.statusCode(), sent.body());
            assertTrue(sent.body().startsWith("{\"new\":1"), sent.body());

            // the plain protocol, as the console and curl send it: words with and without the diacritic
            Set<String> found = iris(get(server, words));
            assertFalse(found.isEmpty());
            // what should be found, asked of the dataset over the same endpoint: the page's story and its teasers
            assertEquals(iris(get(server, "PREFIX dip: <https://w3id.org/diplograph/ontology#>\n"
                    + "SELECT ?a { ?a a dip:Article ; dip:sourceText ?t OPTIONAL { ?a <https://schema.org/headline> ?h }"
                    + " FILTER(REGEX(CONCAT(COALESCE(?h, \"\"), \" \", ?t), \"\\\\bhano[iï]\\\\b\", \"i\")) }")), found);
            assertEquals(found, iris(get(server, SEARCH + "SELECT ?article { ?article text:query \"Hanoï\" }")));
            // names: the ontology graph's countries, by a spelling without accents
            Set<String> named = iris(get(server, SEARCH + "SELECT DISTINCT ?thing { ?thing text:query (rdfs:label \"viet nam\") }"));
            assertTrue(named.contains("https://w3id.org/diplograph/id/country/VN"), named.toString());

            // the canned query over the endpoint, as the query command sends it
            CannedQuery mentions = Catalogue.load().get("mentions");
            var table = QueryRunner.remote(server.queryUrl()).run(mentions, Params.parse(mentions, List.of("text=HANOI")));
            Set<String> listed = new TreeSet<>();
            for (int i = 0; i < table.size(); i++) listed.add(table.get(i, "article").getURI());
            assertEquals(found, listed);
        }
    }

    private static Set<String> iris(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\"type\"\\s*:\\s*\"uri\"\\s*,\\s*\"value\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        while (m.find()) out.add(m.group(1));
        assertFalse(r.body().isBlank());
        return out;
    }

    private static HttpResponse<String> get(DiplographServer server, String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Path holding(String word) throws Exception {
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path f : seeds.sorted().toList()) if (Files.readString(f, StandardCharsets.UTF_8).contains(word)) return f;
        }
        throw new AssertionError("no seed holds " + word);
    }
}
