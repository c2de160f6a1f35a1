package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest --strict, export and import, run as a user runs them, on the seeds in real TDB2 folders. */
class InterchangeCommandsTest {
    @TempDir Path tmp;

    @Test
    void strictIngestThenEveryExportThenImportIntoAnotherFolder() throws Exception {
        String db = tmp.resolve("data").toString();
        CommandRun ingest = CommandRun.of("ingest", "--strict", "--db", db, "seeds");
        assertEquals(0, ingest.exit(), ingest.err());
        assertTrue(ingest.out().contains("5 new"), ingest.out());
        assertTrue(ingest.err().isEmpty(), "the seeds break no shape: " + ingest.err());

        // --format wins over the file name, for the export and for its verification
        Path brf = tmp.resolve("all.binary");
        CommandRun binary = CommandRun.of("export", "--db", db, "--format", "binary", "--verify", brf.toString());
        assertEquals(0, binary.exit(), binary.err());
        assertTrue(binary.out().contains("(BinaryRDF)") && binary.out().contains("Verified:"), binary.out());
        assertTrue(Files.size(brf) > 0);

        CommandRun turtle = CommandRun.of("export", "--db", db, "--format", "turtle", tmp.resolve("x.ttl").toString());
        assertEquals(1, turtle.exit());
        assertTrue(turtle.err().contains("give --graph IRI or --union"), turtle.err());
        assertTrue(Files.notExists(tmp.resolve("x.ttl")));

        CommandRun union = CommandRun.of("export", "--db", db, "--union", "--verify", tmp.resolve("union.rdf").toString());
        assertEquals(0, union.exit(), union.err());
        assertTrue(union.out().contains("(RDF/XML)"), union.out());

        String other = tmp.resolve("other").toString();
        CommandRun unnamed = CommandRun.of("import", "--db", other, brf.toString());
        assertEquals(1, unnamed.exit());
        assertTrue(unnamed.err().contains("all.binary: cannot tell an RDF format from this file name"), unnamed.err());
        Files.move(brf, tmp.resolve("all.brf"));
        brf = tmp.resolve("all.brf");
        CommandRun imported = CommandRun.of("import", "--db", other, brf.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().startsWith("Imported 1 of 1 files into " + other), imported.out());
        try (Store a = Store.open(Path.of(db)); Store b = Store.open(Path.of(other))) {
            DatasetGraph x = a.dataset();
            DatasetGraph y = b.dataset();
            Txn.executeRead(x, () -> Txn.executeRead(y, () -> {
                int graphs = 0;
                for (var it = x.listGraphNodes(); it.hasNext(); graphs++) {
                    Node g = it.next();
                    assertTrue(x.getGraph(g).isIsomorphicWith(y.getGraph(g)), "graph " + g);
                }
                assertTrue(graphs >= 8, "ontology, summary, runs and five articles");
            }));
        }

        CommandRun again = CommandRun.of("import", "--db", other, brf.toString());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("give --replace to overwrite it"), again.err());
        assertTrue(again.out().contains("Imported 0 of 1 files"), again.out());
    }

    @Tag("integration")
    @Test
    void exportFromAnEndpointKeepsEveryNamedGraph() {
        Path data = tmp.resolve("data");
        try (Store store = Store.open(data)) {
            org.diplograph.pipeline.Ingest.create().store(store).build().run(java.util.List.of("seeds"));
            try (org.diplograph.server.DiplographServer server =
                         org.diplograph.server.DiplographServer.create().store(store).port(0).build().start()) {
                Path file = tmp.resolve("remote.nq");
                CommandRun r = CommandRun.of("export", "--endpoint", server.queryUrl(), "--verify", file.toString());
                assertEquals(0, r.exit(), r.err());
                DatasetGraph read = org.diplograph.rdf.RdfImport.read(file);
                DatasetGraph dsg = store.dataset();
                Txn.executeRead(dsg, () -> {
                    int graphs = 0;
                    for (var it = dsg.listGraphNodes(); it.hasNext(); graphs++) {
                        Node g = it.next();
                        assertTrue(dsg.getGraph(g).isIsomorphicWith(read.getGraph(g)), "graph " + g);
                    }
                    assertTrue(graphs >= 8, "ontology, summary, runs and five articles: " + graphs);
                });
            }
        }
    }

    @Test
    void upStrictDoesNotServeWhenAnInputFails() throws Exception {
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\"id\": \"x\", \"text\": ");
        CommandRun r = CommandRun.of("up", "--strict", "--db", tmp.resolve("data").toString(), "--port", "0",
                "seeds/001_04a527d0d29b2ca9.txt", broken.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().contains("broken.json") && r.err().contains("not serving (--strict)"), r.err());
        assertTrue(r.out().contains("1 new"), r.out());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CommandRun r = CommandRun.of("export", "--db", tmp.resolve("none").toString(), "--format", "csv", tmp.resolve("x").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("unknown format \"csv\": use one of trig|nquads|jsonld|turtle|rdfxml|binary"), r.err());
    }
}
