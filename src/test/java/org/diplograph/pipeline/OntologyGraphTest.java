package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.rdf.ArticleMapper;
import org.diplograph.rdf.Terms;
import org.diplograph.store.Store;

/** Each run finds an ontology graph changed behind its back, even one of the same size, and writes it again. */
class OntologyGraphTest {
    @TempDir Path tmp;

    @Test
    void aChangedOntologyGraphIsWrittenAgainAndAnIntactOneIsLeft() {
        try (Store store = Store.open(tmp.resolve("data"))) {
            assertTrue(Ingest.create().store(store).build().run(List.of("seeds")).ontologyLoaded());
            assertFalse(Ingest.create().store(store).build().run(List.of("seeds")).ontologyLoaded());
            DatasetGraph dsg = store.dataset();
            // one triple replaced by another: the size stays, the graph differs
            Txn.executeWrite(dsg, () -> {
                Quad q = dsg.find(Terms.ONTOLOGY_GRAPH, Node.ANY, Node.ANY, Node.ANY).next();
                dsg.delete(q);
                dsg.add(Terms.ONTOLOGY_GRAPH, q.getSubject(), q.getPredicate(), NodeFactory.createLiteralString("changed"));
            });
            assertTrue(Ingest.create().store(store).build().run(List.of("seeds")).ontologyLoaded(), "same size, other triples");
            assertTrue(Txn.calculateRead(dsg, () -> OntologyGraph.stored(dsg, OntologyGraph.of(ArticleMapper.standard()).graph())));
            assertFalse(Ingest.create().store(store).build().run(List.of("seeds")).ontologyLoaded());
        }
    }
}
