package org.diplograph.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplograph.pipeline.Ingest;
import org.diplograph.store.TestPipeline;
import org.diplograph.rdf.Terms;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keys of every article graph read by index ({@link SummaryKeys#inArticleGraphs}) are those a
 * pass over each article graph finds ({@link SummaryKeys#in} and {@link SummaryKeys#items}), on the
 * seeds and the development set in a real TDB2 store; a key-naming quad of another graph is no key.
 */
class KeysByIndexTest {
    @TempDir Path tmp;

    @Test
    void keysByIndexAreThoseOfAPassOverEachArticleGraph() {
        try (Store store = Store.open(tmp.resolve("db"))) {
            Ingest.create().store(store).mapper(TestPipeline.mapper()).build()
                    .run(List.of("seeds", "src/test/resources/devset/pages"));
            DatasetGraph dsg = store.dataset();
            Node elsewhere = NodeFactory.createURI("urn:x:not-a-key");
            Txn.executeWrite(dsg, () -> dsg.add(NodeFactory.createURI("urn:x:other-graph"), NodeFactory.createURI("urn:x:s"),
                    Terms.INVOLVES_COUNTRY, elsewhere));
            Txn.executeRead(dsg, () -> {
                Set<String> expected = new TreeSet<>();
                dsg.listGraphNodes().forEachRemaining(g -> {
                    if (!g.getURI().startsWith(Terms.ARTICLE_GRAPHS)) return;
                    SummaryKeys.in(dsg.find(g, Node.ANY, Node.ANY, Node.ANY)).forEach(k -> expected.add(k.getURI()));
                    SummaryKeys.items(dsg.find(g, Node.ANY, Node.ANY, Node.ANY)).forEach(k -> expected.add(k.getURI()));
                });
                Set<String> got = new TreeSet<>();
                SummaryKeys.inArticleGraphs(dsg).forEach(k -> got.add(k.getURI()));
                assertTrue(expected.size() > 200, "keys: " + expected.size());
                assertTrue(expected.stream().anyMatch(k -> SummaryKeys.isItem(NodeFactory.createURI(k))), "events and agreements among them");
                assertEquals(expected, got);
                assertFalse(got.contains(elsewhere.getURI()));
            });
        }
    }
}
