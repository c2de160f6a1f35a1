package org.diplograph.store;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Finds the nodes a set of quads speaks of whose summary rows may change with them: bilateral
 * relations (their counts, topics and frameworks), countries (the articles involving them, the
 * agreements they are party to) and organisations (the foreign ministries their officials met).
 */
final class SummaryKeys {
    /** Prefix of every bilateral relation's IRI. */
    static final String RELATIONS = org.diplograph.rdf.Vocab.ID + "relation/";
    /** Prefix of every country's IRI. */
    static final String COUNTRIES = org.diplograph.rdf.Vocab.ID + "country/";

    private SummaryKeys() {}

    static Set<Node> in(Iterator<Quad> quads) {
        Set<Node> out = new LinkedHashSet<>();
        quads.forEachRemaining(q -> {
            Node p = q.getPredicate();
            if (!q.getObject().isURI()) return;
            if (p.equals(Terms.ABOUT_RELATION) || p.equals(Terms.RELATION) || p.equals(Terms.INVOLVES_COUNTRY)
                    || p.equals(Terms.PARTY) || p.equals(Terms.ORGANIZATION)) {
                out.add(q.getObject());
            } else if (p.equals(RDF.Nodes.type) && q.getObject().equals(Terms.BILATERAL_RELATION)) {
                out.add(q.getSubject());
            }
        });
        return out;
    }

    /** The bilateral relations among {@code keys}. */
    static Set<Node> relations(Set<Node> keys) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node k : keys) if (k.getURI().startsWith(RELATIONS)) out.add(k);
        return out;
    }
}
