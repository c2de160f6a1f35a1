package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The DIP constants, the ontology files and MODEL.md agree on the dip: vocabulary. */
class DipVocabularyTest {
    private static final Set<Node> DEFINING_TYPES = Set.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode(), SKOS.ConceptScheme.asNode());

    static Graph ontology() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String f : List.of("ontology/diplograph.ttl", "ontology/schemes.ttl")) {
            try (InputStream in = DipVocabularyTest.class.getClassLoader().getResourceAsStream(f)) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (IOException e) {
                throw new AssertionError(f, e);
            }
        }
        return g;
    }

    private static Set<String> defined(Graph g) {
        Set<String> out = new TreeSet<>();
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(DIP.NS)
                    && DEFINING_TYPES.contains(t.getObject())) {
                out.add(t.getSubject().getURI().substring(DIP.NS.length()));
            }
        });
        return out;
    }

    private static Set<String> constants() throws IllegalAccessException {
        Set<String> out = new TreeSet<>();
        for (Field f : DIP.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && f.getType() == Node.class) {
                Node n = (Node) f.get(null);
                if (n.getURI().startsWith(DIP.NS)) {
                    assertEquals(DIP.NS + f.getName(), n.getURI(), "constant named as its term");
                    out.add(f.getName());
                }
            }
        }
        return out;
    }

    @Test
    void constantsAndOntologyAgreeBothWays() throws IllegalAccessException {
        Set<String> defined = defined(ontology());
        Set<String> constants = constants();
        Set<String> noConstant = new TreeSet<>(defined);
        noConstant.removeAll(constants);
        Set<String> undefined = new TreeSet<>(constants);
        undefined.removeAll(defined);
        assertTrue(noConstant.isEmpty(), "defined in the ontology without a DIP constant: " + noConstant);
        assertTrue(undefined.isEmpty(), "DIP constants the ontology does not define: " + undefined);
        assertTrue(defined.size() > 60, "found " + defined.size());
    }

    @Test
    void everyTermHasFrenchAndEnglishLabelAndComment() {
        Graph g = ontology();
        List<String> missing = new ArrayList<>();
        for (String term : defined(g)) {
            Node s = org.apache.jena.graph.NodeFactory.createURI(DIP.NS + term);
            for (Node p : List.of(RDFS.label.asNode(), RDFS.comment.asNode())) {
                for (String lang : List.of("fr", "en")) {
                    boolean has = g.find(s, p, Node.ANY).mapWith(Triple::getObject)
                            .filterKeep(o -> o.isLiteral() && o.getLiteralLanguage().equals(lang)
                                    && !o.getLiteralLexicalForm().isBlank())
                            .hasNext();
                    if (!has) missing.add("dip:" + term + " " + p.getLocalName() + "@" + lang);
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing: " + missing);
    }

    @Test
    void everyDipTermUsedInTheOntologyFilesOrModelIsDefined() throws IOException {
        Graph g = ontology();
        Set<String> defined = defined(g);
        Set<String> used = new TreeSet<>();
        g.find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(DIP.NS)) used.add(n.getURI().substring(DIP.NS.length()));
            }
        });
        String model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("ontology/MODEL.md")) {
            model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("\\bdip:([A-Za-z][A-Za-z0-9]*)").matcher(model);
        while (m.find()) used.add(m.group(1));
        used.removeAll(defined);
        assertTrue(used.isEmpty(), "used but not defined: " + used);
    }

    @Test
    void organisationKindsAreTheFactsExportKinds() {
        Graph g = ontology();
        Set<String> kinds = new TreeSet<>();
        g.find(Node.ANY, DIP.factsKind, Node.ANY).forEach(t -> {
            assertTrue(g.contains(t.getSubject(), RDFS.subClassOf.asNode(), DIP.Organization), t.getSubject().toString());
            kinds.add(t.getObject().getLiteralLexicalForm());
        });
        assertEquals(new TreeSet<>(List.of("ministry", "agency", "party", "parliament", "government", "embassy",
                "local", "military", "company", "association", "university", "international", "other")), kinds);
    }
}
