package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ValidatorTest {
    private static Graph articleGraph(String stem) {
        DatasetGraph dsg = FactsMapperTest.expected(stem);
        Node g = dsg.listGraphNodes().next();
        Graph copy = GraphFactory.createDefaultGraph();
        dsg.getGraph(g).find().forEach(copy::add);
        return copy;
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    @ParameterizedTest
    @ValueSource(strings = {"visit-and-agreement", "bare-record"})
    void theGoldenGraphsConform(String stem) {
        ValidationReport r = Validator.validate(articleGraph(stem));
        assertTrue(r.conforms(), stem + ":\n" + Validator.describe(r));
    }

    @Test
    void factsWithoutEvidenceBreakTheEvidenceShape() {
        // roles-and-edges maps an event and an agreement whose facts carry no span
        assertEquals(java.util.List.of(
                "<https://w3id.org/diplograph/id/agreement/t3/1> dip:evidence: a fact has evidence (dip:evidence): the span of the article that states it",
                "<https://w3id.org/diplograph/id/event/t3/2> dip:evidence: a fact has evidence (dip:evidence): the span of the article that states it"),
                Validator.violations(articleGraph("roles-and-edges")));
    }

    @Test
    void theMappersOwnOutputConforms() {
        DatasetGraph dsg = FactsMapperTest.mapped(FactsMapperTest.visitAndAgreementFacts(), "f", "h");
        ValidationReport r = Validator.validate(dsg.getGraph(iri(Iris.articleGraph("t1"))));
        assertTrue(r.conforms(), Validator.describe(r));
    }

    @Test
    void anEventWithoutTypeAndAnAgreementWithoutPartyFailReadably() {
        Graph g = articleGraph("visit-and-agreement");
        g.remove(iri(Iris.event("t1", 2)), DIP.eventType, Node.ANY);
        Node agreement = iri(Iris.reportedAgreement("protocole d'accord", "--08-07", List.of("JP", "VN"), "e-government"));
        g.remove(agreement, DIP.party, Node.ANY);
        ValidationReport r = Validator.validate(g);
        assertFalse(r.conforms());
        String text = Validator.describe(r);
        assertTrue(text.contains("<https://w3id.org/diplograph/id/event/t1/2> dip:eventType: an event has exactly one type"), text);
        assertTrue(text.contains("<" + agreement.getURI() + "> dip:party: an agreement has at least one party"), text);
        assertTrue(text.lines().count() == 2, text);
    }

    @Test
    void unknownCountriesBadConfidenceAndOffsetsAndStrayEventTypesFail() {
        Graph g = articleGraph("visit-and-agreement");
        // the visit, reported as done on a stated day, has the IRI every report of it shares
        Node event = iri(Iris.reportedEvent("visit", "2019-08-05", List.of("JP", "VN"), List.of("tran-van-an")));
        g.add(Triple.create(event, DIP.involvesCountry, iri(Iris.country("XX"))));
        g.remove(event, DIP.standing, Node.ANY);
        g.add(Triple.create(event, DIP.standing, NodeFactory.createLiteralString("rumoured")));
        g.remove(event, DIP.confidence, Node.ANY);
        g.add(Triple.create(event, DIP.confidence, NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdecimal)));
        g.remove(iri(Iris.event("t1", 2)), DIP.eventType, Node.ANY);
        g.add(Triple.create(iri(Iris.event("t1", 2)), DIP.eventType, iri(Iris.topic("trade"))));
        Node evidence = iri(Iris.evidence("t1", 14, 109));
        g.remove(evidence, Vocab.NIF.endIndex, Node.ANY);
        g.add(Triple.create(evidence, Vocab.NIF.endIndex, NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger)));
        g.add(Triple.create(iri(Iris.relation("JP", "VN")), DIP.country, iri(Iris.country("FR"))));
        String text = Validator.describe(Validator.validate(g));
        assertTrue(text.contains(event.getURI() + "> dip:involvesCountry") && text.contains("country/XX"), text);
        assertTrue(text.contains(event.getURI() + "> dip:confidence"), text);
        assertTrue(text.contains(event.getURI() + "> dip:standing: an event's standing is one of happened, announced, background"), text);
        assertTrue(text.contains("event/t1/2> dip:eventType"), text);
        assertTrue(text.contains("evidence/t1/14-109> nif:beginIndex"), text);
        assertTrue(text.contains("relation/JP-VN> dip:country: a bilateral relation links exactly two countries"), text);
    }
}
