package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.DiplographException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rio writes what Jena reads back as the same dataset, graph by graph. */
class RdfExportTest {
    @TempDir
    Path dir;
    private DatasetGraph tdb;

    @BeforeEach
    void fill() {
        tdb = DatabaseMgr.connectDatasetGraph(dir.resolve("db").toString());
        Txn.executeWrite(tdb, () -> {
            FactsMapper.map(FactsMapperTest.visitAndAgreementFacts(), "test/t1.txt", "h1", StreamRDFLib.dataset(tdb));
            FactsMapper.map(FactsMapperTest.bareRecordFacts(), "in/records.jsonl", "h2", StreamRDFLib.dataset(tdb));
            Node b = NodeFactory.createBlankNode();
            Node s = NodeFactory.createURI("https://example.org/default");
            tdb.add(Quad.defaultGraphIRI, s, RDFS.seeAlso.asNode(), b);
            tdb.add(Quad.defaultGraphIRI, b, RDFS.label.asNode(), NodeFactory.createLiteralLang("nœud \"anonyme\"\n", "fr"));
            tdb.add(NodeFactory.createURI(Iris.RUNS_GRAPH), b, RDFS.comment.asNode(), NodeFactory.createLiteralString("shared blank node"));
        });
    }

    private static DatasetGraph read(Path file) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(file).parse(dsg);
        return dsg;
    }

    private static Set<String> graphNames(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> out.add(g.getURI()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"all.trig", "all.nq"})
    void everyGraphComesBackIsomorphic(String name) {
        Path out = dir.resolve(name);
        RdfExport.export(tdb, out);
        DatasetGraph back = read(out);
        Txn.executeRead(tdb, () -> {
            assertEquals(graphNames(tdb), graphNames(back));
            assertEquals(3, graphNames(back).size());
            assertTrue(back.getDefaultGraph().isIsomorphicWith(tdb.getDefaultGraph()), "default graph");
            assertEquals(2, back.getDefaultGraph().size());
            tdb.listGraphNodes().forEachRemaining(g -> assertTrue(back.getGraph(g).isIsomorphicWith(tdb.getGraph(g)),
                    name + ": graph " + g + " differs"));
        });
    }

    @Test
    void trigDeclaresTheModelPrefixes() throws IOException {
        Path out = dir.resolve("all.trig");
        RdfExport.export(tdb, out);
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.contains("@prefix dip: <https://w3id.org/diplograph/ontology#>"), text.substring(0, 400));
        assertTrue(text.contains("dip:Article"));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }

    @Test
    void turtleNeedsAGraphOrTheUnion() {
        DiplographException e = assertThrows(DiplographException.class, () -> RdfExport.create().format(RdfFormats.TURTLE).build());
        assertTrue(e.getMessage().contains("--graph IRI or --union"), e.getMessage());
    }

    @Test
    void turtleOfOneGraphHoldsThatGraph() {
        Path out = dir.resolve("t1.ttl");
        RdfExport.create().format(RdfFormats.TURTLE).graph(Iris.articleGraph("t1")).build().write(tdb, out);
        DatasetGraph back = read(out);
        Txn.executeRead(tdb, () -> assertTrue(back.getDefaultGraph().isIsomorphicWith(
                tdb.getGraph(NodeFactory.createURI(Iris.articleGraph("t1"))))));
        assertFalse(back.listGraphNodes().hasNext());
    }

    @Test
    void theUnionHoldsEachTripleOnce() {
        Path out = dir.resolve("union.nt");
        RdfExport.Result r = RdfExport.create().format(RdfFormats.NQUADS).union(true).build().write(tdb, out);
        DatasetGraph back = read(out);
        Txn.executeRead(tdb, () -> {
            assertEquals(tdb.getUnionGraph().size(), r.statements());
            assertTrue(back.getDefaultGraph().isIsomorphicWith(tdb.getUnionGraph()));
        });
    }

    @Test
    void anUnknownExtensionIsAClearError() {
        DiplographException e = assertThrows(DiplographException.class, () -> RdfExport.export(tdb, dir.resolve("out.xyz")));
        assertTrue(e.getMessage().contains("out.xyz"), e.getMessage());
    }
}
