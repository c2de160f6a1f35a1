package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One invalid fixture per node shape of {@code ontology/shapes.ttl} ({@code shapes/invalid/NAME.ttl}):
 * each must fail, and fail only through its own shape, so every shape is shown to fire.
 */
class ShapeFixturesTest {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Node TARGET_CLASS = NodeFactory.createURI(SH + "targetClass");
    private static final Node PROPERTY = NodeFactory.createURI(SH + "property");
    private static final Graph SHAPES = Validator.shapes();

    static Stream<String> nodeShapes() {
        return SHAPES.find(Node.ANY, TARGET_CLASS, Node.ANY).mapWith(t -> t.getSubject().getLocalName())
                .toList().stream().sorted();
    }

    private static Graph fixture(String name) {
        String resource = "shapes/invalid/" + name + ".ttl";
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ShapeFixturesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "no invalid fixture for " + name + ": add " + resource);
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return g;
    }

    @Test
    void theShapesFileHasTheShapesOfEveryClassTheMapperWrites() {
        Set<String> shapes = new HashSet<>(nodeShapes().toList());
        for (String s : List.of("AgreementShape", "ArticleShape", "BilateralRelationShape", "EventShape", "EvidenceShape",
                "OfficeHoldingShape", "OrganizationShape", "PersonShape", "PlaceShape")) {
            assertTrue(shapes.contains(s), s);
        }
    }

    @ParameterizedTest
    @MethodSource("nodeShapes")
    void eachShapeFiresOnItsFixtureAndOnlyIt(String name) {
        Node shape = NodeFactory.createURI("https://w3id.org/diplograph/shapes#" + name);
        Set<Node> own = new HashSet<>(SHAPES.find(shape, PROPERTY, Node.ANY).mapWith(Triple::getObject).toList());
        own.add(shape);
        Node target = SHAPES.find(shape, TARGET_CLASS, Node.ANY).next().getObject();

        Graph g = fixture(name);
        ValidationReport r = Validator.validate(g);
        assertFalse(r.conforms(), name + ": the invalid fixture conforms");
        for (ReportEntry e : r.getEntries()) {
            assertTrue(own.contains(e.source()), name + ": fails through another shape: " + Validator.describe(r));
            boolean ofTarget = g.contains(e.focusNode(), RDF.Nodes.type, target)
                    || g.find(e.focusNode(), RDF.Nodes.type, Node.ANY).toList().stream().anyMatch(t ->
                    Ontology.fullGraph().contains(t.getObject(), org.apache.jena.vocabulary.RDFS.subClassOf.asNode(), target));
            assertTrue(ofTarget, name + ": focus " + e.focusNode() + " is not a " + target);
        }
    }

    @Test
    void theFixturesShareAValidPreamble() {
        Graph g = fixture("EventShape");
        g.remove(NodeFactory.createURI(Iris.event("x", 1)), Node.ANY, Node.ANY);
        ValidationReport r = Validator.validate(g);
        assertTrue(r.conforms(), Validator.describe(r));
        assertEquals(List.of(), Validator.violations(g));
    }
}
