package org.diplograph.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.rdf.DIP;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.rdf.Terms;
import org.diplograph.pipeline.BatchedIngestTest;
import org.diplograph.store.Store;
import org.diplograph.store.TestPipeline;
import org.diplograph.store.Snapshot;
import org.diplograph.store.GeneratedArticles;
import org.diplograph.store.Child;

/**
 * A load that counts at its end ({@link Ingest.Mode#EXCLUSIVE}) gives the dataset that counting in
 * every batch gives, in one run or several; killed before its end, it leaves markers that the step
 * every command runs after opening a dataset ({@link PendingCounts#resolve}) counts, after which the
 * summary equals a count from scratch.
 */
class PendingCountsTest {
    @TempDir Path tmp;

    @Test
    void countingAtTheEndGivesTheDatasetThatCountingInEveryBatchGives() throws IOException {
        List<String> paths = inputs();
        Map<Node, Graph> perBatch = load("per-batch", false, 7, paths);
        Map<Node, Graph> atEnd = load("at-end", true, 7, paths);
        Snapshot.assertSame(perBatch, atEnd);

        // several runs, small batches, the first over part of the files: the same dataset
        List<String> part;
        try (Stream<Path> s = Files.list(tmp.resolve("in/generated"))) {
            part = s.sorted().limit(12).map(Path::toString).toList();
        }
        load("runs", true, 3, part);
        load("runs", true, 5, paths);
        Map<Node, Graph> runs = load("runs", true, 2, paths);
        Snapshot.assertSame(perBatch, runs);
        try (Store store = Store.open(tmp.resolve("runs"))) {
            SummaryRebuild.run(store);
            Snapshot.assertSame(runs, Snapshot.of(store.dataset(), Terms.RUNS_GRAPH));
        }
        assertTrue(perBatch.get(Terms.SUMMARY_GRAPH).size() > 100, "a summary to compare");
    }

    @Tag("integration")
    @Test
    void aLoadKilledBeforeItsEndLeavesMarkersThatTheNextOpenCounts() throws Exception {
        Path in = GeneratedArticles.write(tmp.resolve("in"), 80);
        Path data = tmp.resolve("data");
        Process child = Child.start(null, tmp.resolve("child.err"), Loader.class, data.toString(), in.toString());
        int committed = 0;
        try {
            BufferedReader out = Child.out(child);
            for (String line; committed < 5 && (line = out.readLine()) != null; ) {
                if (line.startsWith(Child.COMMITTED)) committed++;
            }
        } finally {
            child.destroyForcibly();   // SIGKILL: the markers of the committed batch are all that is left
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(5, committed, "the child committed a batch before the kill: " + Files.readString(tmp.resolve("child.err")));

        DatasetGraph raw = DatabaseMgr.connectDatasetGraph(Location.create(data.resolve(Store.DATABASE)));
        long markers = Txn.calculateRead(raw, () -> raw.stream(Terms.SUMMARY_GRAPH, Node.ANY, DIP.recountPending, Node.ANY).count());
        long counted = Txn.calculateRead(raw, () -> raw.stream(Terms.SUMMARY_GRAPH, Node.ANY, Terms.ARTICLE_COUNT, Node.ANY).count());
        TDBInternal.expel(raw);
        assertTrue(markers > 5, "the killed load left markers for its articles and keys: " + markers);
        assertEquals(0, counted, "nothing was counted before the kill");

        try (Store store = Store.open(data)) {
            assertTrue(Txn.calculateRead(store.dataset(), () -> PendingCounts.any(store.dataset())), "opening counts nothing");
            assertTrue(PendingCounts.resolve(store) > 5);
            assertFalse(Txn.calculateRead(store.dataset(), () -> PendingCounts.any(store.dataset())), "the repair counted them");
            Map<Node, Graph> opened = Snapshot.of(store.dataset(), Terms.RUNS_GRAPH);
            assertTrue(opened.get(Terms.SUMMARY_GRAPH).size() > 50, "a summary to compare");
            SummaryRebuild.run(store);
            Map<Node, Graph> rebuilt = Snapshot.of(store.dataset(), Terms.RUNS_GRAPH);
            Snapshot.assertSame(rebuilt, opened);

            IngestReport rerun = Ingest.create().store(store).mapper(TestPipeline.mapper()).batch(5).mode(Ingest.Mode.EXCLUSIVE)
                    .build().run(List.of(in.toString()));
            assertEquals(0, rerun.failed(), rerun.problems().toString());
            assertEquals(80, rerun.articlesNew() + rerun.articlesUnchanged());
            Map<Node, Graph> now = Snapshot.of(store.dataset(), Terms.RUNS_GRAPH);
            Snapshot.assertSame(load("clean", true, 5, List.of(in.toString())), now);
            SummaryRebuild.run(store);
            Snapshot.assertSame(Snapshot.of(store.dataset(), Terms.RUNS_GRAPH), now);
        }
    }

    @Test
    void aRecountFromScratchRemovesTheMarkers() throws IOException {
        Path in = GeneratedArticles.write(tmp.resolve("in"), 6);
        try (Store store = Store.open(tmp.resolve("db"))) {
            Ingest.create().store(store).mapper(TestPipeline.mapper()).batch(2).mode(Ingest.Mode.EXCLUSIVE).build().run(List.of(in.toString()));
            Map<Node, Graph> loaded = Snapshot.of(store.dataset(), Terms.RUNS_GRAPH);
            Node someArticle = Txn.calculateRead(store.dataset(), () -> store.dataset()
                    .find(Terms.SUMMARY_GRAPH, Node.ANY, DIP.sourceTally, Node.ANY).next().getSubject());
            Txn.executeWrite(store.dataset(), () -> PendingCounts.mark(store.dataset(), List.of(), List.of(someArticle)));
            SummaryRebuild.run(store);
            assertFalse(Txn.calculateRead(store.dataset(), () -> PendingCounts.any(store.dataset())));
            Snapshot.assertSame(loaded, Snapshot.of(store.dataset(), Terms.RUNS_GRAPH));
        }
    }

    /**
     * Seeds, generated articles and a story with a copy of it in another folder. The folders are given
     * one by one, so that a file of {@code generated} given alone is named as when its folder is given
     * ({@code generated/gen-0000.txt}): the runs below compare counts, not a change of names.
     */
    private List<String> inputs() throws IOException {
        GeneratedArticles.write(tmp.resolve("in/generated"), 30);
        Files.writeString(Files.createDirectories(tmp.resolve("in/a")).resolve("zz-maritime.txt"), BatchedIngestTest.STORY);
        Files.writeString(Files.createDirectories(tmp.resolve("in/b")).resolve("aa-maritime.txt"),
                BatchedIngestTest.STORY.replace("Lisbonne (VNA)", "Lisbonne (VNA) "));
        return List.of("seeds", tmp.resolve("in/a").toString(), tmp.resolve("in/b").toString(),
                tmp.resolve("in/generated").toString());
    }

    private Map<Node, Graph> load(String name, boolean atEnd, int batch, List<String> paths) {
        try (Store store = Store.open(tmp.resolve(name))) {
            IngestReport r = Ingest.create().store(store).mapper(TestPipeline.mapper()).batch(batch).mode(atEnd ? Ingest.Mode.EXCLUSIVE : Ingest.Mode.LIVE)
                    .build().run(paths);
            assertEquals(0, r.failed(), r.problems().toString());
            assertFalse(Txn.calculateRead(store.dataset(), () -> PendingCounts.any(store.dataset())), "no marker left");
            return Snapshot.of(store.dataset(), Terms.RUNS_GRAPH);
        }
    }

    /** {@code DIR PATH...}: loads counting at the end, five articles per batch, printing each article committed. */
    static final class Loader {
        public static void main(String[] args) {
            Store store = Store.open(Path.of(args[0]));
            Ingest.create().store(store).mapper(TestPipeline.mapper()).batch(5).mode(Ingest.Mode.EXCLUSIVE)
                    .progress((origin, key, outcome) -> {
                        System.out.println(Child.COMMITTED + key);
                        System.out.flush();
                    })
                    .build().run(List.of(args).subList(1, args.length));
            store.close();
        }
    }
}
