package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class SchemesTest {
    private final Graph g = DipVocabularyTest.ontology();

    private String one(Node s, Node p) {
        List<Node> v = g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(1, v.size(), s + " " + p);
        return v.get(0).getLiteralLexicalForm();
    }

    @Test
    void everyConceptIsInASchemeWithFrenchAndEnglishPrefLabels() {
        List<String> wrong = new ArrayList<>();
        List<Node> concepts = g.find(Node.ANY, RDF.type.asNode(), SKOS.Concept.asNode()).mapWith(Triple::getSubject).toList();
        for (Node c : concepts) {
            if (!g.find(c, SKOS.inScheme.asNode(), Node.ANY).hasNext()) wrong.add(c + " has no scheme");
            for (String lang : List.of("fr", "en")) {
                long n = g.find(c, SKOS.prefLabel.asNode(), Node.ANY).filterKeep(t -> t.getObject().getLiteralLanguage().equals(lang)).toList().size();
                if (n != 1) wrong.add(c + " has " + n + " prefLabel@" + lang);
            }
        }
        assertTrue(wrong.isEmpty(), wrong.toString());
        assertTrue(concepts.size() >= 8 + 20 + 7, "concepts: " + concepts.size());
    }

    @Test
    void eventTypesCarryTheFactsKindAsNotationAndCameoPloverCodes() {
        Map<String, String> byNotation = new TreeMap<>();
        g.find(Node.ANY, SKOS.inScheme.asNode(), DIP.EventTypes).forEach(t -> {
            Node c = t.getSubject();
            String notation = one(c, SKOS.notation.asNode());
            assertEquals(Iris.eventType(notation), c.getURI(), "IRI from the kind");
            byNotation.put(notation, one(c, DIP.cameoCode) + " " + one(c, DIP.ploverCategory));
        });
        assertEquals(List.of("ceremony", "conference", "meeting", "phone call", "reception", "signing", "talks", "visit"),
                List.copyOf(byNotation.keySet()));
        assertEquals("040 CONSULT", byNotation.get("meeting"));
        assertEquals("046 CONSULT", byNotation.get("talks"));
        assertEquals("042 CONSULT", byNotation.get("visit"));
        assertEquals("041 CONSULT", byNotation.get("phone call"));
        assertEquals("057 SUPPORT", byNotation.get("signing"));
    }

    @Test
    void topicsHaveFrenchKeywords() {
        Node eGov = NodeFactory.createURI(Iris.topic("e-government"));
        assertTrue(g.contains(eGov, SKOS.inScheme.asNode(), DIP.Topics));
        assertTrue(g.contains(eGov, DIP.keyword, NodeFactory.createLiteralLang("e-gouvernement", "fr")));
        g.find(Node.ANY, SKOS.inScheme.asNode(), DIP.Topics).forEach(t ->
                assertTrue(g.find(t.getSubject(), DIP.keyword, Node.ANY).hasNext(), t.getSubject() + " has no keyword"));
    }
}
