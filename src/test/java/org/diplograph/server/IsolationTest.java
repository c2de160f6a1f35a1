package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.Vocab;
import org.diplograph.store.GeneratedArticles;
import org.diplograph.pipeline.Ingest;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.pipeline.Ingest;
import org.diplograph.rdf.Terms;
import org.diplograph.summary.SummaryKeys;

/** Readers of a served dataset see each article whole, old or new, while it is being replaced. */
@Tag("integration")
class IsolationTest {
    @TempDir Path tmp;

    @Test
    void aReaderSeesAnArticleWholeAndItsCountsAgreeWhileItIsReplaced() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path file = in.resolve("gen.txt");
        String more = GeneratedArticles.text(9);
        String[] versions = {GeneratedArticles.text(3), GeneratedArticles.text(8) + "\n" + more.substring(more.indexOf("\n\n") + 2)};
        String graph = Iris.articleGraph("gen");
        String size = "SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }";
        // Per relation: the stored article count against the articles about it; they must always agree.
        String summary = "GRAPH <" + Iris.SUMMARY_GRAPH + "> { ?r dip:articleCount ?c }"
                + " FILTER(STRSTARTS(STR(?r), \"" + Vocab.ID + "relation/" + "\"))";
        String about = "SELECT ?r (COUNT(DISTINCT ?a) AS ?real) { ?a dip:aboutRelation ?r } GROUP BY ?r";
        String disagreements = SeedServer.PREFIXES + "SELECT (COUNT(*) AS ?n) {"
                + " { " + summary + " OPTIONAL { " + about + " } FILTER(COALESCE(?real, 0) != ?c) }"
                + " UNION { { " + about + " } FILTER NOT EXISTS { " + summary + " } } }";

        try (Store store = Store.open(tmp.resolve("data"));
             DiplographServer server = DiplographServer.create().store(store).port(0).build().start()) {
            Ingest ingest = Ingest.create().store(store).build();
            Set<String> sizes = new TreeSet<>();
            for (String v : versions) {
                Files.writeString(file, v);
                ingest.run(List.of(file.toString()));
                sizes.add(count(server, size));
            }
            assertEquals(2, sizes.size(), "the two versions differ in size: " + sizes);

            AtomicBoolean writing = new AtomicBoolean(true);
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < 12; i++) {
                        Files.writeString(file, versions[i % 2]);
                        ingest.run(List.of(file.toString()));
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } finally {
                    writing.set(false);
                }
            });
            List<String> seen = new ArrayList<>();
            int reads = 0;
            while (writing.get() || reads < 10) {
                String n = count(server, size);
                if (!sizes.contains(n)) seen.add("article graph of " + n + " triples");
                String bad = count(server, disagreements);
                if (!bad.equals("0")) seen.add(bad + " relations whose count disagrees with the articles");
                reads++;
            }
            writer.join();
            assertEquals(List.of(), seen, "what readers saw in " + reads + " reads");
            assertTrue(reads >= 10);
        }
    }

    private static String count(DiplographServer server, String query) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.queryUrl()
                + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().skip(1).findFirst().orElse("").trim();
    }
}
