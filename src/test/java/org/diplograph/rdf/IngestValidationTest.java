package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SHACL on every ingest: the seeds conform; a graph that breaks a shape is reported, or refused when strict. */
class IngestValidationTest {
    private static final String SEED = "seeds/001_04a527d0d29b2ca9.txt";
    @TempDir Path tmp;

    private static long events(Store store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().stream(Node.ANY, Node.ANY,
                org.apache.jena.vocabulary.RDF.Nodes.type, DIP.Event).count());
    }

    @Test
    void theSeedGraphConformsUnderStrictIngest() {
        List<String> problems = new ArrayList<>();
        try (Store store = Store.open(tmp.resolve("data"))) {
            IngestReport r = Ingest.create().store(store).strict(true)
                    .problems((origin, message) -> problems.add(origin + ": " + message)).build().run(List.of("seeds"));
            assertEquals(List.of(), problems);
            assertEquals(List.of(), r.violations());
            assertEquals(5, r.articlesNew());
            assertTrue(events(store) > 0);
        }
    }

    @Test
    void withoutStrictTheArticleIsLoadedAndItsViolationsReported() {
        List<String> problems = new ArrayList<>();
        try (Store store = Store.open(tmp.resolve("data"))) {
            IngestReport r = Ingest.create().store(store).mapper(new LeavingOut(DIP.eventType))
                    .problems((origin, message) -> problems.add(origin + ": " + message)).build().run(List.of(SEED));
            assertEquals(1, r.articlesNew());
            assertEquals(0, r.failed());
            assertEquals(1, r.violations().size(), r.violations().toString());
            String v = r.violations().get(0).toString();
            assertTrue(v.startsWith(SEED + ": article \"001_04a527d0d29b2ca9\" breaks "), v);
            assertTrue(v.contains("dip:eventType: an event has exactly one type"), v);
            assertEquals(1, problems.size());
            assertTrue(problems.get(0).endsWith("loaded all the same"), problems.get(0));
            assertTrue(events(store) > 0, "the article is loaded");
        }
    }

    @Test
    void strictRefusesTheArticleAndKeepsTheStoredOne() {
        try (Store store = Store.open(tmp.resolve("data"))) {
            Ingest.create().store(store).build().run(List.of(SEED));
            long before = events(store);
            Node graph = NodeFactory.createURI(Iris.articleGraph("001_04a527d0d29b2ca9"));
            // Another extractor version makes the stored article stale, so it is mapped again.
            IngestReport r = Ingest.create().store(store).mapper(new LeavingOut(DIP.eventType)).strict(true)
                    .extractor(org.diplograph.rdf.ReferenceTables.load().extractor()::extract, "other").build().run(List.of(SEED));
            assertEquals(1, r.failed());
            assertEquals(0, r.articlesChanged());
            assertTrue(r.problems().get(0).message().endsWith("not loaded (strict)"), r.problems().toString());
            assertEquals(before, events(store));
            assertTrue(Txn.calculateRead(store.dataset(), () ->
                    store.dataset().find(graph, Node.ANY, DIP.eventType, Node.ANY).hasNext()),
                    "the stored article keeps its typed events");
        }
    }
}
