package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files of any Rio format into a real TDB2 dataset: guarded graphs, validation, bad files. */
class GraphImportTest {
    private static final Node T1 = NodeFactory.createURI(Iris.articleGraph("t1"));
    @TempDir Path dir;
    private DatasetGraph source;
    private DatasetGraph target;
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void fill() {
        source = DatabaseMgr.connectDatasetGraph(dir.resolve("source").toString());
        target = DatabaseMgr.connectDatasetGraph(dir.resolve("target").toString());
        Txn.executeWrite(source, () -> {
            FactsMapper.loadOntology(StreamRDFLib.dataset(source));
            FactsMapper.map(FactsMapperTest.visitAndAgreementFacts(), "test/t1.txt", "h1", StreamRDFLib.dataset(source));
        });
    }

    private GraphImport.Builder importer() {
        return GraphImport.create().problems((origin, message) -> problems.add(origin + ": " + message));
    }

    private Path exported(String name) {
        Path out = dir.resolve(name);
        RdfExport.create().format(RdfFormats.of(out)).build().write(source, out);
        return out;
    }

    private void assertSameGraphs() {
        Txn.executeRead(source, () -> Txn.executeRead(target, () -> source.listGraphNodes().forEachRemaining(g ->
                assertTrue(source.getGraph(g).isIsomorphicWith(target.getGraph(g)), "graph " + g))));
    }

    @Test
    void aBinaryExportLoadsBackGraphByGraph() {
        GraphImport.Result r = importer().build().run(target, List.of(exported("all.brf")));
        assertEquals(List.of(), problems);
        assertEquals(1, r.loaded());
        assertEquals(2, r.graphs().size());
        assertSameGraphs();
    }

    @Test
    void theOntologyAndArticleGraphsAreNotOverwrittenWithoutReplace() {
        Path file = exported("all.jsonld");
        importer().build().run(target, List.of(file));
        GraphImport.Result again = importer().build().run(target, List.of(file));
        assertEquals(1, again.failed());
        assertTrue(problems.get(0).startsWith(file + ": the dataset already has graph "), problems.toString());
        assertTrue(problems.get(0).endsWith("give --replace to overwrite it"), problems.toString());

        long size = Txn.calculateRead(target, () -> target.getGraph(T1).size());
        GraphImport.Result replaced = importer().replace(true).build().run(target, List.of(file));
        assertEquals(1, replaced.loaded());
        assertEquals(size, (long) Txn.calculateRead(target, () -> target.getGraph(T1).size()), "replacing twice changes nothing");
        assertSameGraphs();
    }

    @Test
    void tripleFilesNeedAGraphAndGoWhereTheySay() throws IOException {
        Path ttl = dir.resolve("extra.ttl");
        Files.writeString(ttl, "<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> \"Hà Nội\"@vi .\n",
                StandardCharsets.UTF_8);
        GraphImport.Result refused = importer().build().run(target, List.of(ttl));
        assertEquals(1, refused.failed());
        assertTrue(problems.get(0).contains("1 triples outside any named graph: give --graph IRI"), problems.toString());

        GraphImport.Result r = importer().graph("https://example.org/graph/extra").build().run(target, List.of(ttl));
        assertEquals(1, r.loaded());
        assertEquals(1L, (long) Txn.calculateRead(target, () ->
                target.getGraph(NodeFactory.createURI("https://example.org/graph/extra")).size()));
    }

    @Test
    void aBrokenFileIsNamedWithItsLineAndTheNextFileStillLoads() throws IOException {
        Path bad = dir.resolve("bad.nq");
        Files.writeString(bad, "<https://example.org/a> <https://example.org/p> \"ok\" <https://example.org/g> .\n"
                + "\"a literal subject\" <https://example.org/p> \"x\" <https://example.org/g> .\n", StandardCharsets.UTF_8);
        GraphImport.Result r = importer().build().run(target, List.of(bad, exported("all.trig")));
        assertEquals(1, r.failed());
        assertEquals(1, r.loaded());
        assertTrue(problems.get(0).startsWith(bad + ":2: not valid N-Quads"), problems.toString());
        assertEquals(0L, (long) Txn.calculateRead(target, () -> target.getGraph(NodeFactory.createURI("https://example.org/g")).size()),
                "nothing of the broken file is loaded");
        assertSameGraphs();
    }

    @Test
    void articleGraphsAreValidatedAndStrictRefusesViolations() {
        Txn.executeWrite(source, () -> source.deleteAny(T1, Node.ANY, DIP.eventType, Node.ANY));
        Path file = exported("broken.trig");
        GraphImport.Result loose = importer().build().run(target, List.of(file));
        assertEquals(1, loose.loaded());
        assertEquals(1, loose.violations());
        assertTrue(problems.get(0).contains("dip:eventType: an event has exactly one type"), problems.toString());
        assertTrue(problems.get(0).endsWith("loaded all the same"), problems.toString());

        problems.clear();
        GraphImport.Result strict = importer().strict(true).replace(true).build().run(target, List.of(file));
        assertEquals(1, strict.failed());
        assertTrue(problems.get(0).endsWith("not loaded (strict)"), problems.toString());
    }
}
