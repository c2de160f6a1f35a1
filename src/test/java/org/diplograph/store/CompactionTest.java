package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.diplograph.bench.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.rdf.Terms;

/** Compaction frees the space write transactions left behind and keeps every graph as it was. */
class CompactionTest {
    @TempDir Path tmp;

    @Test
    void compactionKeepsEveryGraphAndFreesSpace() throws IOException {
        Path in = GeneratedArticles.write(tmp.resolve("in"), 40);
        Path data = tmp.resolve("data");
        Map<Node, Graph> before;
        Compaction.Result result;
        long diskAfter;
        try (Store store = Store.open(data)) {
            // one transaction per article: the way to leave many replaced blocks behind
            IngestReport r = Ingest.create().store(store).batch(1).build().run(List.of("seeds", in.toString()));
            assertEquals(0, r.failed(), r.problems().toString());
            before = Snapshot.of(store.dataset(), null);
            long diskBefore = Measure.diskUsage(data);
            result = Compaction.run(store);
            diskAfter = Measure.diskUsage(data);
            System.out.printf("compaction: %d bytes of files before, %d after; on disk %d before, %d after%n",
                    result.bytesBefore(), result.bytesAfter(), diskBefore, diskAfter);
            assertTrue(diskAfter > 0 && diskAfter < diskBefore / 2, "space on disk: " + diskBefore + " before, " + diskAfter + " after");
            Snapshot.assertSame(before, Snapshot.of(store.dataset(), null));
            assertEquals(1, java.nio.file.Files.list(data.resolve(Store.DATABASE)).filter(p -> p.getFileName().toString()
                    .startsWith("Data-")).count(), "the old generation is deleted");
            // the union default graph still answers, and the compacted dataset takes new writes
            assertEquals(r.counts().articles(), GraphCounts.of(store.dataset()).articles());
            IngestReport again = Ingest.create().store(store).build().run(List.of("seeds", in.toString()));
            assertEquals(r.articlesNew(), again.articlesUnchanged(), "nothing to read again after compaction");
        }
        assertTrue(result.bytesAfter() < result.bytesBefore(), result.toString());
        try (Store reopened = Store.open(data)) {
            Map<Node, Graph> after = Snapshot.of(reopened.dataset(), null);
            // the rerun added its own record to the runs graph: everything else is as before
            Node runs = Terms.RUNS_GRAPH;
            after.remove(runs);
            before.remove(runs);
            Snapshot.assertSame(before, after);
        }
    }

    /**
     * A load that compacts whenever its files have grown (here by a twentieth: TDB2 grows its files by
     * 8 MB at a time, so a small load grows them little) gives the dataset of one that never does.
     */
    @Test
    void compactingDuringALoadKeepsTheDatasetAndBoundsTheFiles() throws IOException {
        Path in = GeneratedArticles.write(tmp.resolve("in"), 40);
        List<String> paths = List.of("seeds", in.toString());
        Map<Node, Graph> plain;
        long plainBytes;
        try (Store store = Store.open(tmp.resolve("plain"))) {
            assertEquals(0, Ingest.create().store(store).batch(1).build().run(paths).failed());
            plain = Snapshot.of(store.dataset(), Terms.RUNS_GRAPH);
            plainBytes = Compaction.size(tmp.resolve("plain").resolve(Store.DATABASE));
        }
        try (Store store = Store.open(tmp.resolve("compacted"))) {
            Compaction.Schedule schedule = new Compaction.Schedule(store, 1.05, 0);
            IngestReport r = Ingest.create().store(store).batch(1).mode(Ingest.Mode.EXCLUSIVE).compaction(schedule).build().run(paths);
            assertEquals(0, r.failed(), r.problems().toString());
            System.out.printf("compacting while loading: %d times, largest files %d bytes; without: %d bytes%n",
                    schedule.compactions(), schedule.peakBytes(), plainBytes);
            assertTrue(schedule.compactions() >= 1, "compacted " + schedule.compactions() + " times");
            assertTrue(schedule.peakBytes() <= plainBytes, schedule.peakBytes() + " bytes at most, " + plainBytes + " without");
            Snapshot.assertSame(plain, Snapshot.of(store.dataset(), Terms.RUNS_GRAPH));
            // the index of copies and the compacted dataset agree: a second run finds everything current
            assertEquals(r.articlesNew(), Ingest.create().store(store).mode(Ingest.Mode.EXCLUSIVE).compaction(schedule).build().run(paths)
                    .articlesUnchanged());
        }
    }
}
