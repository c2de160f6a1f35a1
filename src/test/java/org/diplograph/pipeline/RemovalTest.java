package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.DIP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.rdf.Terms;
import org.diplograph.store.Store;
import org.diplograph.store.TestPipeline;
import org.diplograph.store.Snapshot;

/** Removing an article leaves the dataset the remaining articles alone give. */
class RemovalTest {
    @TempDir Path tmp;

    @Test
    void ingestingAllAndRemovingOneEqualsIngestingTheOthers() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> files = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path f : seeds.sorted().toList()) files.add(Files.copy(f, in.resolve(f.getFileName())));
        }
        boolean sawADuplicateLinkGo = false;
        for (Path removed : files) {
            String key = removed.getFileName().toString().replaceFirst("\\.txt$", "");
            Map<Node, Graph> afterRemoval;
            try (Store all = Store.open(tmp.resolve("all-" + key))) {
                ingest(all, List.of(in.toString()));
                long linksBefore = links(all);
                assertTrue(Removal.create().store(all).mapper(TestPipeline.mapper()).build().remove(key));
                sawADuplicateLinkGo |= links(all) < linksBefore;
                afterRemoval = Snapshot.of(all.dataset(), Terms.RUNS_GRAPH);
            }
            Map<Node, Graph> others;
            try (Store rest = Store.open(tmp.resolve("rest-" + key))) {
                ingest(rest, files.stream().filter(f -> !f.equals(removed)).map(Path::toString).toList());
                others = Snapshot.of(rest.dataset(), Terms.RUNS_GRAPH);
            }
            Snapshot.assertSame(others, afterRemoval);
        }
        assertTrue(sawADuplicateLinkGo, "some removal took a duplicate link with it (the seeds hold a story twice)");
    }

    @Test
    void removingAMissingKeyChangesNothing() {
        try (Store store = Store.open(tmp.resolve("data"))) {
            ingest(store, List.of("seeds"));
            Map<Node, Graph> before = Snapshot.of(store.dataset(), null);
            assertFalse(Removal.create().store(store).build().remove("no-such-article"));
            Snapshot.assertSame(before, Snapshot.of(store.dataset(), null));
        }
    }

    private static void ingest(Store store, List<String> paths) {
        IngestReport r = Ingest.create().store(store).mapper(TestPipeline.mapper()).build().run(paths);
        assertEquals(0, r.failed(), r.problems().toString());
    }

    private static long links(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            long n = 0;
            for (var it = store.dataset().find(Terms.SUMMARY_GRAPH, Node.ANY, DIP.duplicateOf, Node.ANY); it.hasNext(); it.next()) n++;
            return n;
        });
    }
}
