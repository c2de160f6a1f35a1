package org.diplograph.rdf;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFHandler;

/**
 * The one adapter from RDF4J Rio into Jena: a Rio {@link RDFHandler} that hands every statement to
 * a Jena {@link StreamRDF} as a quad (a statement without context as a triple, which Jena puts in
 * the default graph), and namespaces as prefixes. Whatever Rio parses (TriG, N-Quads, JSON-LD,
 * RDF/XML, Turtle, N-Triples, RDF4J binary...) thus reaches any Jena sink.
 */
public final class RioToJena implements RDFHandler {
    private final StreamRDF out;

    public RioToJena(StreamRDF out) {
        this.out = out;
    }

    @Override
    public void startRDF() {
        out.start();
    }

    @Override
    public void endRDF() {
        out.finish();
    }

    @Override
    public void handleNamespace(String prefix, String uri) {
        out.prefix(prefix, uri);
    }

    @Override
    public void handleStatement(Statement st) {
        Quad q = RioTerms.quad(st);
        if (q.isDefaultGraph()) out.triple(q.asTriple());
        else out.quad(q);
    }

    @Override
    public void handleComment(String comment) {
        // comments carry no data
    }
}
