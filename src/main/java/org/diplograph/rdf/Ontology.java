package org.diplograph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.DiplographException;

/**
 * The files of {@code ontology/} as classpath resources, and the lookups the mapper makes in them:
 * the class of an organisation kind (through {@code dip:factsKind}) and the SKOS concept a topic or
 * framework names. Parsed once per JVM; immutable.
 */
final class Ontology {
    /** Every Turtle file of the ontology graph, in load order. */
    static final List<String> FILES = List.of("diplograph.ttl", "schemes.ttl", "countries.ttl", "cities.ttl",
            "organisations.ttl", "shapes.ttl");

    private static final class Holder {
        static final Ontology INSTANCE = new Ontology();
    }

    private final Graph graph;
    private final Map<String, Node> classByKind = new HashMap<>();
    private final Map<String, Node> topics;
    private final Map<String, Node> frameworks;

    private Ontology() {
        graph = GraphFactory.createDefaultGraph();
        parse("diplograph.ttl", graph);
        parse("schemes.ttl", graph);
        graph.find(Node.ANY, DIP.factsKind, Node.ANY)
                .forEach(t -> classByKind.put(t.getObject().getLiteralLexicalForm(), t.getSubject()));
        topics = index(DIP.Topics);
        frameworks = index(DIP.Frameworks);
    }

    static Ontology get() {
        return Holder.INSTANCE;
    }

    /** The dip: class of a facts-export organisation kind ("ministry" → dip:Ministry). */
    Optional<Node> organisationClass(String kind) {
        return Optional.ofNullable(kind == null ? null : classByKind.get(kind));
    }

    /** The skos:prefLabel of a concept in one language ("rencontre" for id:event-type/meeting in fr). */
    Optional<String> prefLabel(Node concept, String lang) {
        return graph.find(concept, SKOS.prefLabel.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(o -> o.isLiteral() && lang.equals(o.getLiteralLanguage()))
                .mapWith(Node::getLiteralLexicalForm).nextOptional();
    }

    /** Whether the ontology declares {@code p} as a property (object, datatype or annotation). */
    boolean declaresProperty(Node p) {
        return graph.find(p, org.apache.jena.vocabulary.RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(t -> t.getURI().endsWith("Property")).hasNext();
    }

    /** The declared {@code rdfs:range} of {@code p}, when it has one. */
    Optional<Node> range(Node p) {
        return graph.find(p, org.apache.jena.vocabulary.RDFS.range.asNode(), Node.ANY).mapWith(Triple::getObject).nextOptional();
    }

    /** The topic concept a slug, label or keyword names ("e-government", "e-gouvernement"). */
    Optional<Node> topic(String name) {
        return lookup(topics, name);
    }

    /** The framework concept a slug, label or keyword names ("partenariat stratégique élargi"). */
    Optional<Node> framework(String name) {
        return lookup(frameworks, name);
    }

    private static Optional<Node> lookup(Map<String, Node> index, String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        try {
            return Optional.ofNullable(index.get(Iris.slug(name)));
        } catch (IllegalArgumentException noLetters) {
            return Optional.empty();
        }
    }

    /**
     * Concepts of one scheme by the slug of their IRI's last segment, labels and keywords. Where two
     * concepts share a word, the first by IRI keeps it, so lookups never depend on parse order.
     */
    private Map<String, Node> index(Node scheme) {
        Map<String, Node> out = new HashMap<>();
        List<Node> concepts = graph.find(Node.ANY, SKOS.inScheme.asNode(), scheme).mapWith(Triple::getSubject)
                .toList().stream().sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
        for (Node c : concepts) {
            out.putIfAbsent(c.getURI().substring(c.getURI().lastIndexOf('/') + 1), c);
        }
        for (Node c : concepts) {
            for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), DIP.keyword)) {
                graph.find(c, p, Node.ANY).forEach(t -> out.putIfAbsent(Iris.slug(t.getObject().getLiteralLexicalForm()), c));
            }
        }
        return out;
    }

    /** Every file of {@link #FILES} in one graph: the content of the ontology graph. */
    static Graph fullGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String f : FILES) parse(f, g);
        return g;
    }

    /** The SHACL shapes alone. */
    static Graph shapesGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        parse("shapes.ttl", g);
        return g;
    }

    /** Emits every file of {@link #FILES} as quads of {@link Iris#ONTOLOGY_GRAPH}; no start/finish. */
    static void emit(StreamRDF out) {
        Node g = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
        fullGraph().find().forEach(t -> out.quad(Quad.create(g, t)));
    }

    private static void parse(String file, Graph into) {
        String resource = "ontology/" + file;
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new DiplographException(resource + ": not found on the classpath");
            RDFParser.source(in).lang(Lang.TURTLE).parse(into);
        } catch (IOException | RiotException e) {
            throw new DiplographException(resource + ": cannot read: " + e.getMessage(), e);
        }
    }
}
