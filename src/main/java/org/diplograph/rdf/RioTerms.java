package org.diplograph.rdf;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.DiplographException;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.XSD;

/**
 * Terms between Jena and RDF4J, both ways, losing nothing RDF 1.1 says: IRIs as given, blank node
 * labels, lexical forms, language tags and datatypes. The one place the two models meet.
 */
final class RioTerms {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private RioTerms() {}

    /** A Jena term as an RDF4J value. */
    static Value value(Node n) {
        if (n.isURI()) return VF.createIRI(n.getURI());
        if (n.isBlank()) return VF.createBNode(n.getBlankNodeLabel());
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return VF.createLiteral(n.getLiteralLexicalForm(), lang);
            return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new DiplographException("cannot write the RDF term " + n + ": only IRIs, blank nodes and literals");
    }

    /** A Jena quad as an RDF4J statement; the default graph becomes no context. */
    static Statement statement(Quad q, boolean keepGraph) {
        Resource ctx = !keepGraph || q.isDefaultGraph() ? null : (Resource) value(q.getGraph());
        return VF.createStatement((Resource) value(q.getSubject()), VF.createIRI(q.getPredicate().getURI()),
                value(q.getObject()), ctx);
    }

    /** An RDF4J value as a Jena term. */
    static Node node(Value v) {
        if (v instanceof IRI iri) return NodeFactory.createURI(iri.stringValue());
        if (v instanceof BNode b) return NodeFactory.createBlankNode(b.getID());
        if (v instanceof Literal l) {
            if (l.getLanguage().isPresent()) return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
            if (XSD.STRING.equals(l.getDatatype())) return NodeFactory.createLiteralString(l.getLabel());
            return NodeFactory.createLiteralDT(l.getLabel(),
                    TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
        }
        throw new DiplographException("cannot read the RDF term " + v + ": only IRIs, blank nodes and literals");
    }

    /** An RDF4J statement as a Jena quad; no context gives the default graph. */
    static Quad quad(Statement st) {
        Node g = st.getContext() == null ? Quad.defaultGraphIRI : node(st.getContext());
        return Quad.create(g, node(st.getSubject()), node(st.getPredicate()), node(st.getObject()));
    }
}
