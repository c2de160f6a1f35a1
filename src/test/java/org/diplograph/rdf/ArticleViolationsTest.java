package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The check of one article's nodes finds exactly the violations that validating the article with the
 * whole ontology graph finds: on every invalid fixture, on mapped articles, and on an article that
 * states something wrong about a place of the ontology graph, and one that states a class of its own
 * below one the shapes target (the shapes then reach its node only through the article's hierarchy).
 */
class ArticleViolationsTest {
    static Stream<String> cases() {
        List<String> all = new ArrayList<>(ShapeFixturesTest.nodeShapes().map(s -> "fixture:" + s).toList());
        all.addAll(List.of("mapped:visit-and-agreement", "mapped:bare-record", "mapped:roles-and-edges", "place-of-ontology",
                "class-of-its-own"));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theArticlesNodesGiveTheViolationsOfTheWholeValidation(String name) throws IOException {
        Graph g = graph(name);
        List<Quad> quads = g.find().mapWith(t -> Quad.create(Quad.defaultGraphIRI, t)).toList();
        List<String> whole = Validator.violations(g);
        assertEquals(whole, Validator.articleViolations(quads), name);
        if (!name.startsWith("mapped:visit") && !name.startsWith("mapped:bare")) assertFalse(whole.isEmpty(), name + " breaks a shape");
    }

    private static Graph graph(String name) throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        if (name.startsWith("fixture:")) {
            String resource = "shapes/invalid/" + name.substring(8) + ".ttl";
            try (InputStream in = ArticleViolationsTest.class.getClassLoader().getResourceAsStream(resource)) {
                assertNotNull(in, resource);
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            }
        } else if (name.startsWith("mapped:")) {
            DatasetGraph dsg = FactsMapperTest.expected(name.substring(7));
            dsg.getGraph(dsg.listGraphNodes().next()).find().forEach(g::add);
        } else if (name.equals("class-of-its-own")) {
            Node summit = NodeFactory.createURI("urn:example:Summit");
            Node event = NodeFactory.createURI("urn:example:event");
            g.add(summit, RDFS.Nodes.subClassOf, DIP.Event);
            g.add(event, RDF.Nodes.type, summit);
            g.add(event, DIP.standing, NodeFactory.createLiteralString("rumoured"));
        } else {
            // an article that gives a place of the ontology graph a second country: the place breaks its
            // shape only with what the ontology graph says of it
            Node moscou = NodeFactory.createURI(Iris.place("moscou"));
            g.add(moscou, DIP.country, NodeFactory.createURI(Iris.country("FR")));
        }
        return g;
    }
}
