package org.diplograph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.extract.Facts;

/**
 * The project's mapper less every statement of one property: a store whose articles lack what the
 * standard mapping writes, to show what depends on it.
 */
public record LeavingOut(Node property, ArticleMapper standard) implements ArticleMapper {
    public LeavingOut(Node property) {
        this(property, ArticleMapper.standard());
    }

    @Override
    public Node graphFor(String key) {
        return standard.graphFor(key);
    }

    @Override
    public void map(Facts.Article a, String file, String hash, StreamRDF out) {
        standard.map(a, file, hash, new StreamRDFWrapper(out) {
            @Override
            public void quad(Quad q) {
                if (!q.getPredicate().equals(property)) super.quad(q);
            }

            @Override
            public void triple(Triple t) {
                if (!t.getPredicate().equals(property)) super.triple(t);
            }
        });
    }

    @Override
    public void ontology(StreamRDF out) {
        standard.ontology(out);
    }
}
