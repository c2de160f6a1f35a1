package org.diplograph.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.diplograph.query.CannedQuery;
import org.diplograph.query.Catalogue;
import org.diplograph.query.Params;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultTable;
import org.diplograph.rdf.DIP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.pipeline.Removal;
import org.diplograph.rdf.Terms;
import org.diplograph.pipeline.BatchedIngestTest;
import org.diplograph.store.Store;
import org.diplograph.store.TestPipeline;
import org.diplograph.store.GeneratedArticles;

/**
 * The whole-graph summaries that canned queries read from the summary graph equal a count from
 * scratch over the article graphs (the queries as they were before the counts were kept, in
 * {@code scratch/}; network and partners as they were when they found the relations in the article
 * graphs), after a batched ingest and after removing articles: an original with a copy,
 * whose copy then stands alone, and an article with agreements; and after counting the whole
 * summary graph again ({@link SummaryRebuild}).
 */
class SummaryFromScratchTest {
    /** The summaries read from the summary graph; agreement-stats, ministries and partners take a country. */
    private static final List<String> SUMMARIES = List.of("countries", "sources", "pair-topics", "frameworks",
            "agreement-stats", "ministries", "network", "partners");

    @TempDir Path tmp;

    @Test
    void keptSummariesEqualCountsFromScratch() throws IOException {
        GeneratedArticles.write(tmp.resolve("in/generated"), 30);
        Files.writeString(Files.createDirectories(tmp.resolve("in/a")).resolve("zz-maritime.txt"), BatchedIngestTest.STORY);
        Files.writeString(Files.createDirectories(tmp.resolve("in/b")).resolve("aa-maritime.txt"),
                BatchedIngestTest.STORY.replace("Lisbonne (VNA)", "Lisbonne (VNA) "));
        try (Store store = Store.open(tmp.resolve("db"))) {
            IngestReport r = Ingest.create().store(store).mapper(TestPipeline.mapper()).batch(7)
                    .build().run(List.of("seeds", tmp.resolve("in").toString()));
            assertEquals(0, r.failed(), r.problems().toString());
            Map<String, Integer> rows = assertSameAsScratch(store, "after ingest");
            for (String name : SUMMARIES) assertTrue(rows.get(name) > 0, name + " has rows to compare: " + rows);
            long links = copies(store);
            assertTrue(links > 0, "copies are linked to their originals");

            assertTrue(Removal.create().store(store).mapper(TestPipeline.mapper()).build().remove("zz-maritime"));
            assertEquals(links - 1, copies(store), "the copy stands alone once its original is gone");
            assertSameAsScratch(store, "after removing an original");

            String withAgreements = articleWithAgreements(store);
            assertTrue(Removal.create().store(store).mapper(TestPipeline.mapper()).build().remove(withAgreements));
            assertSameAsScratch(store, "after removing " + withAgreements);

            SummaryRebuild.run(store);
            assertSameAsScratch(store, "after counting the whole summary again");
        }
    }

    /** Compares every summary for every country; returns the rows compared per summary. */
    private static Map<String, Integer> assertSameAsScratch(Store store, String when) {
        QueryRunner runner = QueryRunner.local(store.dataset());
        Catalogue kept = Catalogue.load();
        Map<String, Integer> compared = new LinkedHashMap<>();
        for (String name : SUMMARIES) {
            CannedQuery now = kept.get(name);
            CannedQuery scratch = CannedQuery.parse(name, scratch(name));
            List<Params> runs = new ArrayList<>();
            if (now.header().param("country") == null) runs.add(Params.of(now, Map.of()));
            else for (String code : countries(store)) runs.add(Params.of(now, Map.of("country", code)));
            int n = 0;
            for (Params p : runs) {
                List<Map<String, Node>> expected = rows(runner.run(scratch, p));
                List<Map<String, Node>> actual = rows(runner.run(now, p));
                assertEquals(expected, actual, name + " " + p.values() + " " + when);
                n += actual.size();
            }
            compared.put(name, n);
        }
        return compared;
    }

    private static List<Map<String, Node>> rows(ResultTable t) {
        List<Map<String, Node>> out = new ArrayList<>();
        for (Binding b : t.rows()) {
            Map<String, Node> row = new LinkedHashMap<>();
            for (String c : t.columns()) row.put(c, b.get(Var.alloc(c)));
            out.add(row);
        }
        return out;
    }

    private static TreeSet<String> countries(Store store) {
        TreeSet<String> codes = new TreeSet<>();
        Txn.executeRead(store.dataset(), () -> store.dataset().find(Node.ANY, Node.ANY, DIP.involvesCountry, Node.ANY)
                .forEachRemaining(q -> {
                    String iri = q.getObject().getURI();
                    codes.add(iri.substring(iri.lastIndexOf('/') + 1));
                }));
        return codes;
    }

    private static long copies(Store store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().stream(Terms.SUMMARY_GRAPH, Node.ANY, DIP.duplicateOf, Node.ANY).count());
    }

    private static String articleWithAgreements(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            TreeSet<String> keys = new TreeSet<>();
            store.dataset().find(Node.ANY, Node.ANY, DIP.party, Node.ANY).forEachRemaining(q -> {
                String g = q.getGraph().getURI();
                keys.add(g.substring(Terms.ARTICLE_GRAPHS.length()));
            });
            return keys.first();
        });
    }

    private static String scratch(String name) {
        try (InputStream in = SummaryFromScratchTest.class.getResourceAsStream("/scratch/" + name + ".rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
