package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.store.Store;

/** What the article nodes of the seeds say about where they come from: dateline, teaser of a page. */
class ArticleNodeTest {
    @Test
    void datelinesAndTheTeasersOfAPage(@TempDir Path tmp) {
        try (Store store = Store.open(tmp.resolve("data"))) {
            Ingest.create().store(store).teasers(true).build().run(List.of("seeds"));
            Txn.executeRead(store.dataset(), () -> {
                Node tokyo = NodeFactory.createURI(Iris.article("001_04a527d0d29b2ca9"));
                var datelines = list(store.dataset().find(Node.ANY, tokyo, DIP.dateline, Node.ANY));
                assertEquals(1, datelines.size());
                assertEquals("Tokyo", datelines.get(0).getObject().getLiteralLexicalForm());
                Node page = NodeFactory.createURI(Iris.article("002_60b42acfeed2b7c8"));
                var teasers = list(store.dataset().find(Node.ANY, Node.ANY, DIP.teaserOf, page));
                assertEquals(4, teasers.size(), "the Vientiane page lists four teasers");
                for (var q : teasers) {
                    assertTrue(store.dataset().contains(Node.ANY, q.getSubject(), DIP.isTeaser, Node.ANY));
                    assertTrue(!store.dataset().find(Node.ANY, q.getSubject(), DIP.dateline, Node.ANY).hasNext(),
                            "a teaser has no dateline of its own");
                }
            });
        }
    }

    private static List<org.apache.jena.sparql.core.Quad> list(java.util.Iterator<org.apache.jena.sparql.core.Quad> it) {
        List<org.apache.jena.sparql.core.Quad> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
