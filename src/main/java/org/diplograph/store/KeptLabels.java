package org.diplograph.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.rdf.DIP;

/**
 * Every name an article graph gives a node ({@code rdfs:label}), kept once in the summary graph.
 *
 * <p>Why: each article graph holds its own label of every place, organisation, person and relation
 * it names, so a label read over the union scans one index entry per article graph naming the node
 * (20,000 for a busy place at 100,000 articles), and a search of all labels reads each name as many
 * times. The summary graph holds each distinct (node, label) pair of the article graphs once, so a
 * query reading {@code GRAPH id:graph/summary { ?x rdfs:label ?name }} reads each name once.
 *
 * <p>Contract: after every write transaction that goes through {@link #replace}, the summary graph's
 * labels of nodes named in article graphs are exactly the distinct {@code (node, rdfs:label, name)}
 * triples of the article graphs; {@link #rebuild} makes it so for a dataset loaded by other means.
 * The triples are those of the union graph already, so a query over the union answers the same.
 * Labels of the summary graph's own rows ({@code dip:Tally}) are not touched.
 */
final class KeptLabels {
    private KeptLabels() {}

    /**
     * Replaces the content of article graph {@code graph} by {@code quads} (none: removes it) and keeps
     * the summary labels exact: a name the graph gave stays while another article graph still gives it.
     * Call inside a write transaction.
     */
    static void replace(DatasetGraph dsg, Node graph, List<Quad> quads) {
        Set<Quad> before = labels(dsg.find(graph, Node.ANY, RDFS.Nodes.label, Node.ANY));
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        quads.forEach(dsg::add);
        Set<Quad> after = labels(quads.iterator());
        for (Quad q : after) dsg.add(kept(q));
        for (Quad q : before) {
            if (!after.contains(q) && !givenElsewhere(dsg, q)) dsg.delete(kept(q));
        }
    }

    /**
     * Writes the summary labels again from every article graph, leaving the rows' own labels: for a
     * dataset loaded by other means. Call inside a write transaction.
     */
    static void rebuild(DatasetGraph dsg) {
        // the rows' own names, few, put back after every name of the summary graph is cleared
        List<Quad> rows = new ArrayList<>();
        dsg.find(Terms.SUMMARY_GRAPH, Node.ANY, RDF.Nodes.type, DIP.Tally).forEachRemaining(t ->
                dsg.find(Terms.SUMMARY_GRAPH, t.getSubject(), RDFS.Nodes.label, Node.ANY).forEachRemaining(rows::add));
        dsg.deleteAny(Terms.SUMMARY_GRAPH, Node.ANY, RDFS.Nodes.label, Node.ANY);
        rows.forEach(dsg::add);
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (isArticleGraph(g)) graphs.add(g);
        });
        for (Node g : graphs) {
            // one graph's names read, then written: an index is not written while it is being read
            for (Quad q : labels(dsg.find(g, Node.ANY, RDFS.Nodes.label, Node.ANY))) dsg.add(kept(q));
        }
    }

    /** The label quads of article graphs among {@code quads}, in order. */
    private static Set<Quad> labels(Iterator<Quad> quads) {
        Set<Quad> out = new LinkedHashSet<>();
        quads.forEachRemaining(q -> {
            if (q.getPredicate().equals(RDFS.Nodes.label) && isArticleGraph(q.getGraph())) out.add(q);
        });
        return out;
    }

    /** Whether an article graph other than the quad's own still gives its label. */
    private static boolean givenElsewhere(DatasetGraph dsg, Quad q) {
        Iterator<Quad> it = dsg.find(Node.ANY, q.getSubject(), RDFS.Nodes.label, q.getObject());
        while (it.hasNext()) {
            Node g = it.next().getGraph();
            if (!g.equals(q.getGraph()) && isArticleGraph(g)) return true;
        }
        return false;
    }

    private static boolean isArticleGraph(Node g) {
        return g.isURI() && g.getURI().startsWith(Terms.ARTICLE_GRAPHS);
    }

    private static Quad kept(Quad q) {
        return Quad.create(Terms.SUMMARY_GRAPH, q.getSubject(), q.getPredicate(), q.getObject());
    }
}
