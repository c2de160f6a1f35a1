package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplograph.extract.Extractor;
import org.diplograph.rdf.DIP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.rdf.Terms;
import org.diplograph.store.Store;
import org.diplograph.store.TestPipeline;
import org.diplograph.store.Snapshot;

/** Stored articles are extracted again from the source text their graphs keep. */
class ReextractTest {
    @TempDir Path tmp;

    @Test
    void reextractsFromTheStoredTextWithoutTheFilesAndGetsTheSameDataset() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path f : seeds.toList()) Files.copy(f, in.resolve(f.getFileName()));
        }
        try (Store store = Store.open(tmp.resolve("data"))) {
            Ingest.create().store(store).mapper(TestPipeline.mapper()).build().run(List.of(in.toString()));
            Map<Node, Graph> before = Snapshot.of(store.dataset(), Terms.RUNS_GRAPH);
            try (Stream<Path> files = Files.list(in)) {
                for (Path f : files.toList()) Files.delete(f);
            }

            IngestReport r = Ingest.create().store(store).mapper(TestPipeline.mapper()).build().reextract();

            assertEquals(5, r.articlesChanged(), "every stored article read again, current or not");
            assertEquals(0, r.failed(), r.problems().toString());
            Snapshot.assertSame(before, Snapshot.of(store.dataset(), Terms.RUNS_GRAPH));
        }
    }

    @Test
    void findsArticlesReadByAnOlderExtractorAndBringsThemUpToDate() {
        try (Store store = Store.open(tmp.resolve("data"))) {
            Ingest.create().store(store).mapper(TestPipeline.mapper()).build().run(List.of("seeds"));
            Map<Node, Graph> current = Snapshot.of(store.dataset(), Terms.RUNS_GRAPH);
            assertEquals(Map.of(), StoredSources.olderThan(store.dataset(), Extractor.VERSION));

            Node graph = TestPipeline.mapper().graphFor("003_102ef6e322b1fea5");
            Txn.executeWrite(store.dataset(), () -> {
                Quad q = store.dataset().find(graph, Node.ANY, DIP.extractorVersion, Node.ANY).next();
                store.dataset().delete(q);
                store.dataset().add(graph, q.getSubject(), DIP.extractorVersion, NodeFactory.createLiteralString("0"));
            });
            assertEquals(Map.of("0", 1), StoredSources.olderThan(store.dataset(), Extractor.VERSION));

            Ingest.create().store(store).mapper(TestPipeline.mapper()).build().reextract();

            assertEquals(Map.of(), StoredSources.olderThan(store.dataset(), Extractor.VERSION));
            Snapshot.assertSame(current, Snapshot.of(store.dataset(), Terms.RUNS_GRAPH));
        }
    }
}
