package org.diplograph.pipeline;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.rdf.ArticleMapper;
import org.diplograph.rdf.StandardMapper;
import org.diplograph.rdf.GraphCollector;
import org.diplograph.rdf.Terms;

/**
 * The ontology graph a mapper emits, and whether the store holds it already: the check every ingest
 * run makes first. A server runs one ingest per file it receives, so the check is kept cheap: the
 * standard mapper's graph comes from the ontology files in the jar and is emitted once per process,
 * and a graph without blank nodes is compared by size and look-ups instead of a graph isomorphism.
 */
final class OntologyGraph {
    /** The quads a mapper emits for the ontology graph, and the same as a graph. */
    record Emitted(List<Quad> quads, Graph graph) {}

    private static volatile Emitted standard;

    private OntologyGraph() {}

    /** What {@code mapper} emits for the ontology graph. */
    static Emitted of(ArticleMapper mapper) {
        boolean isStandard = mapper instanceof StandardMapper;
        Emitted e = isStandard ? standard : null;
        if (e != null) return e;
        GraphCollector collected = new GraphCollector(Terms.ONTOLOGY_GRAPH);
        mapper.ontology(collected);
        Graph fresh = GraphFactory.createDefaultGraph();
        collected.quads().forEach(q -> fresh.add(q.asTriple()));
        e = new Emitted(List.copyOf(collected.quads()), fresh);
        if (isStandard) standard = e;
        return e;
    }

    /** Whether the stored ontology graph equals {@code fresh}, as a graph. Call inside a read transaction. */
    static boolean stored(DatasetGraph dsg, Graph fresh) {
        Graph stored = dsg.getGraph(Terms.ONTOLOGY_GRAPH);
        if (stored.size() != fresh.size()) return false;
        boolean blank = fresh.find().filterKeep(OntologyGraph::blank).hasNext();
        if (blank) return stored.isIsomorphicWith(fresh);
        // same size, no blank node, and each triple there: the same set of triples
        return !fresh.find().filterDrop(stored::contains).hasNext();
    }

    private static boolean blank(Triple t) {
        return t.getSubject().isBlank() || t.getObject().isBlank();
    }
}
