package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.DiplographException;
import org.diplograph.rdf.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink's contract: a batch is one write transaction; the observer reads each graph before it
 * changes, is told each change after it, in order, inside the transaction, and once before the
 * commit; a failure aborts the whole batch, tells the observer, and is raised as the store's.
 */
class ArticleSinkTest {
    @TempDir Path tmp;

    private static final Node K1 = NodeFactory.createURI("http://example.org/key/1");
    private static final Node K2 = NodeFactory.createURI("http://example.org/key/2");

    /** Records every call, with whether it came inside a write transaction. */
    static final class Recording implements ArticleObserver {
        final List<String> calls = new ArrayList<>();
        final List<ArticleChange> changes = new ArrayList<>();

        @Override
        public Set<Node> leaving(DatasetGraph dsg, Node graph) {
            calls.add("leaving " + name(graph) + (dsg.isInTransaction() ? "" : " outside"));
            return dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext() ? Set.of(K1) : Set.of();
        }

        @Override
        public void changed(DatasetGraph dsg, ArticleChange change) {
            calls.add(change.kind() + " " + name(change.graph()) + (dsg.isInTransaction() ? "" : " outside"));
            changes.add(change);
        }

        @Override
        public void committing(DatasetGraph dsg) {
            calls.add("committing" + (dsg.isInTransaction() ? "" : " outside"));
        }

        @Override
        public void aborted() {
            calls.add("aborted");
        }
    }

    private static String name(Node graph) {
        return graph.getURI().substring(graph.getURI().lastIndexOf('/') + 1);
    }

    private static Node graph(String n) {
        return NodeFactory.createURI(Terms.ARTICLE_GRAPHS + n);
    }

    private static Node article(String n) {
        return NodeFactory.createURI("http://example.org/article/" + n);
    }

    private static List<Quad> quads(String n) {
        return List.of(Quad.create(graph(n), article(n), RDF.Nodes.type, Terms.ARTICLE),
                Quad.create(graph(n), article(n), Terms.INVOLVES_COUNTRY, K2));
    }

    private static final ArticleChange.Joined JOINS_K2 = () -> Set.of(K2);

    @Test
    void aBatchIsOneTransactionAndTheObserverIsToldEachArticleThenOnceBeforeTheCommit() {
        try (Store store = Store.open(tmp.resolve("data"))) {
            Recording seen = new Recording();
            ArticleSink sink = ArticleSink.create().store(store).observer(seen).build();
            sink.write("two articles", batch -> {
                batch.replace(graph("a"), article("a"), quads("a"), JOINS_K2);
                batch.replace(graph("b"), article("b"), quads("b"), JOINS_K2, () -> true);
            });
            assertEquals(List.of("leaving a", "WRITTEN a", "leaving b", "CORRECTED b", "committing"), seen.calls);
            assertEquals(Set.of(K2), seen.changes.get(0).joined().keys());
            assertEquals(Set.of(), seen.changes.get(0).left());
            assertEquals(quads("a"), seen.changes.get(0).quads());
            DatasetGraph dsg = store.dataset();
            assertEquals(4L, Txn.calculateRead(dsg, () -> (long) dsg.stream().count()));

            seen.calls.clear();
            sink.replace("article a again", graph("a"), article("a"), quads("a"), JOINS_K2);
            assertEquals(List.of("leaving a", "WRITTEN a", "committing"), seen.calls);
            assertEquals(Set.of(K1), seen.changes.get(2).left(), "what was stored is read before it is replaced");
        }
    }

    @Test
    void aRemovalReadsEveryGraphFirstAndNamesTheArticlesTheyHeld() {
        try (Store store = Store.open(tmp.resolve("data"))) {
            Recording seen = new Recording();
            ArticleSink sink = ArticleSink.create().store(store).observer(seen).build();
            sink.write("two articles", batch -> {
                batch.replace(graph("a"), article("a"), quads("a"), JOINS_K2);
                batch.replace(graph("b"), article("b"), quads("b"), JOINS_K2);
            });
            seen.calls.clear();
            List<Node> removed = sink.remove("the removal of a and b", List.of(graph("a"), graph("b")));
            assertEquals(List.of(article("a"), article("b")), removed);
            assertEquals(List.of("leaving a", "leaving b", "REMOVED a", "REMOVED b", "committing"), seen.calls);
            assertEquals(Set.of(K1), seen.changes.get(2).left());
            DatasetGraph dsg = store.dataset();
            assertFalse(Txn.calculateRead(dsg, () -> dsg.find().hasNext()));
        }
    }

    @Test
    void anEditIsToldOnlyWhenItChangedTheGraph() {
        try (Store store = Store.open(tmp.resolve("data"))) {
            Recording seen = new Recording();
            ArticleSink sink = ArticleSink.create().store(store).observer(seen).build();
            sink.replace("article a", graph("a"), article("a"), quads("a"), JOINS_K2);
            seen.calls.clear();
            boolean[] edited = new boolean[2];
            sink.write("edits", batch -> {
                edited[0] = batch.edit(graph("a"), () -> false);
                edited[1] = batch.edit(graph("a"), () -> {
                    batch.dataset().delete(quads("a").get(1));
                    return true;
                });
            });
            assertFalse(edited[0]);
            assertTrue(edited[1]);
            assertEquals(List.of("leaving a", "leaving a", "EDITED a", "committing"), seen.calls);
            assertEquals(article("a"), seen.changes.get(1).article());
        }
    }

    @Test
    void aFailureKeepsNothingOfTheBatchTellsTheObserverAndIsTheStores() {
        try (Store store = Store.open(tmp.resolve("data"))) {
            Recording seen = new Recording();
            ArticleSink sink = ArticleSink.create().store(store).observer(seen).build();
            DiplographException e = assertThrows(DiplographException.class, () -> sink.write("two articles", batch -> {
                batch.replace(graph("a"), article("a"), quads("a"), JOINS_K2);
                throw new IllegalStateException("No space left on device");
            }));
            assertTrue(e.getMessage().startsWith("Cannot write two articles to the dataset in "), e.getMessage());
            assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
            assertEquals(List.of("leaving a", "WRITTEN a", "aborted"), seen.calls);
            DatasetGraph dsg = store.dataset();
            assertFalse(Txn.calculateRead(dsg, () -> dsg.find().hasNext()));
        }
    }
}
