package org.diplograph.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.DiplographException;

/**
 * Collects what a mapper emits for one named graph. Triples go to that graph; a quad in any other
 * graph is refused, because the store replaces a graph as a whole and anything written elsewhere
 * would outlive the article that stated it.
 */
public final class GraphCollector extends StreamRDFBase {
    private final Node graph;
    private final List<Quad> quads = new ArrayList<>();

    public GraphCollector(Node graph) {
        this.graph = graph;
    }

    @Override
    public void triple(Triple t) {
        quads.add(Quad.create(graph, t));
    }

    @Override
    public void quad(Quad q) {
        if (q.isTriple() || q.isDefaultGraph()) {
            triple(q.asTriple());
        } else if (q.getGraph().equals(graph)) {
            quads.add(q);
        } else {
            throw new DiplographException("the mapper wrote into graph " + q.getGraph().getURI()
                    + " instead of " + graph.getURI());
        }
    }

    public List<Quad> quads() {
        return quads;
    }
}
