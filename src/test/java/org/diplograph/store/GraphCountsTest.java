package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link GraphCounts} counts, on a real TDB2 dataset: things stated in article graphs only,
 * each once however many articles state it, organisations by any class below
 * {@code dip:Organization} in the stored hierarchy (at any depth) or {@code org:FormalOrganization}.
 */
class GraphCountsTest {
    @TempDir Path folder;

    @Test
    void countsWhatTheArticlesStateByTheClassHierarchy() {
        Node ontology = Terms.ONTOLOGY_GRAPH;
        Node a = NodeFactory.createURI(Terms.ARTICLE_GRAPHS + "a");
        Node b = NodeFactory.createURI(Terms.ARTICLE_GRAPHS + "b");
        Node other = NodeFactory.createURI("urn:example:graph/other");
        Node ministry = NodeFactory.createURI("urn:example:Ministry");
        Node consulate = NodeFactory.createURI("urn:example:Consulate");
        try (Store store = Store.open(folder)) {
            DatasetGraph dsg = store.dataset();
            Txn.executeWrite(dsg, () -> {
                dsg.add(ontology, ministry, RDFS.Nodes.subClassOf, DIP.Organization);
                dsg.add(ontology, consulate, RDFS.Nodes.subClassOf, ministry);
                dsg.add(ontology, x(9), RDF.Nodes.type, ministry);            // reference data, in no article
                dsg.add(a, x(1), RDF.Nodes.type, ORG.FormalOrganization.asNode());
                dsg.add(a, x(2), RDF.Nodes.type, ministry);
                dsg.add(b, x(2), RDF.Nodes.type, ministry);                   // one thing, two articles
                dsg.add(a, x(3), RDF.Nodes.type, DIP.Organization);
                dsg.add(b, x(4), RDF.Nodes.type, consulate);                  // two levels below
                dsg.add(a, x(5), RDF.Nodes.type, DIP.Person);
                dsg.add(b, x(5), RDF.Nodes.type, DIP.Person);
                dsg.add(other, x(6), RDF.Nodes.type, DIP.Organization);       // a graph that is no article
                dsg.add(a, x(7), RDF.Nodes.type, NodeFactory.createURI("urn:example:Unrelated"));
            });
            GraphCounts c = GraphCounts.of(dsg);
            assertEquals(4, c.organisations(), "x1, x2, x3, x4");
            assertEquals(1, c.persons());
            assertEquals(12, c.triples(), "every quad of every named graph");
            assertEquals(12, GraphCounts.triples(dsg));
        }
    }

    private static Node x(int i) {
        return NodeFactory.createURI("urn:example:x" + i);
    }
}
