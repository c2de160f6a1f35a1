package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.diplograph.DiplographException;
import org.diplograph.corpus.Corpus;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Terms;
import org.diplograph.store.Snapshot;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk load ({@link Ingest.Mode#BULK}) gives the dataset the transactional path gives, quad for
 * quad (the run's own record aside), on the seeds, the development set and a generated corpus with
 * its copies; the dataset it leaves is an ordinary one that later runs update in place.
 */
class BulkIngestTest {
    @TempDir Path tmp;

    @Test
    void aBulkLoadGivesTheDatasetOfTheTransactionalPath() throws java.io.IOException {
        Corpus.Written corpus = Corpus.create().seed(19).count(150).build().write(tmp.resolve("corpus"));
        assertTrue(corpus.duplicates() > 0, "copies to link");
        List<String> paths = List.of("seeds", "src/test/resources/devset/pages", corpus.pages().toString());

        IngestReport tx;
        Map<Node, Graph> expected;
        try (Store store = Store.open(tmp.resolve("tx"))) {
            tx = ingest(store, Ingest.Mode.EXCLUSIVE, paths);
            expected = Snapshot.of(store.dataset(), Terms.RUNS_GRAPH);
        }
        Map<String, Integer> text = TextSearchTest.documents(tmp.resolve("tx/text"));
        try (Store store = Store.open(tmp.resolve("bulk"))) {
            IngestReport bulk = ingest(store, Ingest.Mode.BULK, paths);
            assertEquals(tx.articlesNew(), bulk.articlesNew());
            assertEquals(tx.failed(), bulk.failed());
            assertEquals(tx.relationsUpdated(), bulk.relationsUpdated());
            assertEquals(tx.counts(), bulk.counts());
            Snapshot.assertSame(expected, Snapshot.of(store.dataset(), Terms.RUNS_GRAPH));
            long links = Txn.calculateRead(store.dataset(), () -> store.dataset()
                    .stream(Terms.SUMMARY_GRAPH, Node.ANY, DIP.duplicateOf, Node.ANY).count());
            assertTrue(links >= corpus.duplicates(), "the copies are linked: " + links);
            long runs = Txn.calculateRead(store.dataset(), () -> store.dataset()
                    .stream(Terms.RUNS_GRAPH, Node.ANY, Terms.ARTICLES_NEW, Node.ANY).count());
            assertEquals(1, runs, "the run is recorded");
            // the text index, built beside the load and moved in place with the database, holds the documents
            // the transactional writes kept and a rebuild from the database makes, and finds what the dataset holds
            assertEquals(text, TextSearchTest.documents(tmp.resolve("bulk/text")), "the bulk load's text index");
            assertFalse(Files.exists(tmp.resolve("bulk/text-loading")));
            store.text().rebuild();
            assertEquals(text, TextSearchTest.documents(tmp.resolve("bulk/text")), "a rebuild");
            java.util.Set<String> hanoi = TextSearchTest.oracle(store, "\\\\bhano[iï]\\\\b");
            assertFalse(hanoi.isEmpty());
            assertEquals(hanoi, TextSearchTest.mentions(store, "hanoi", List.of()));
            assertFalse(Files.exists(tmp.resolve("bulk/text.changing")), "the index is current");

            // an ordinary dataset afterwards: a second run finds every article current
            IngestReport again = Ingest.create().store(store).teasers(true).mode(Ingest.Mode.EXCLUSIVE).batch(100).build().run(paths);
            assertEquals(0, again.articlesNew() + again.articlesChanged());
            // and a bulk load into it is refused, the dataset left as it was
            DiplographException e = assertThrows(DiplographException.class, () -> ingest(store, Ingest.Mode.BULK, paths));
            assertTrue(e.getMessage().contains("not empty"), e.getMessage());
            Snapshot.assertSame(expected, Snapshot.of(store.dataset(), Terms.RUNS_GRAPH));
        }
        assertFalse(Files.exists(tmp.resolve("bulk/tdb2-loading")), "no copy left beside the dataset");
    }

    private static IngestReport ingest(Store store, Ingest.Mode mode, List<String> paths) {
        return Ingest.create().store(store).teasers(true).batch(64).workers(2).mode(mode).build().run(paths);
    }
}
