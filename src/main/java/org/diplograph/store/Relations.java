package org.diplograph.store;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/** Finds the bilateral relations a set of quads speaks of, whose summary counts may change with them. */
final class Relations {
    private Relations() {}

    static Set<Node> in(Iterator<Quad> quads) {
        Set<Node> out = new LinkedHashSet<>();
        quads.forEachRemaining(q -> {
            Node p = q.getPredicate();
            if ((p.equals(Terms.ABOUT_RELATION) || p.equals(Terms.RELATION)) && q.getObject().isURI()) {
                out.add(q.getObject());
            } else if (p.equals(RDF.Nodes.type) && q.getObject().equals(Terms.BILATERAL_RELATION)) {
                out.add(q.getSubject());
            }
        });
        return out;
    }
}
