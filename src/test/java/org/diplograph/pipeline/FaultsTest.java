package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.diplograph.DiplographException;
import org.diplograph.cli.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.rdf.Terms;
import org.diplograph.store.GraphCounts;
import org.diplograph.store.Store;
import org.diplograph.store.TestPipeline;
import org.diplograph.store.Snapshot;
import org.diplograph.store.GeneratedArticles;
import org.diplograph.store.Child;

/** Crashes, full disks, unwritable folders and held datasets, each in a real second process. */
class FaultsTest {
    @TempDir Path tmp;

    @Tag("integration")
    @Test
    void aKilledIngestLeavesEveryCommittedArticleAndTheRerunCompletesTheRest() throws Exception {
        Path in = GeneratedArticles.write(tmp.resolve("in"), 40);
        Path data = tmp.resolve("data");
        Process child = Child.start(null, tmp.resolve("child.err"), Child.class, "ingest", data.toString(), in.toString());
        List<String> committed = new ArrayList<>();
        try {
            BufferedReader out = Child.out(child);
            for (String line; committed.size() < 10 && (line = out.readLine()) != null; ) {
                if (line.startsWith(Child.COMMITTED)) committed.add(line.substring(Child.COMMITTED.length()));
            }
        } finally {
            child.destroyForcibly();   // SIGKILL: no shutdown hook, no commit of anything under way
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(10, committed.size(), "the child committed articles before the kill: " + Files.readString(tmp.resolve("child.err")));

        int stored;
        try (Store store = Store.open(data)) {
            for (String key : committed) {
                Node graph = TestPipeline.mapper().graphFor(key);
                assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(graph).size() > 0), key + " kept");
            }
            stored = (int) GraphCounts.of(store.dataset()).articles();
            assertTrue(stored >= committed.size() && stored < 40, "killed in the middle: " + stored + " of 40 stored");

            IngestReport rerun = Ingest.create().store(store).mapper(TestPipeline.mapper()).build().run(List.of(in.toString()));
            assertEquals(40 - stored, rerun.articlesNew());
            assertEquals(stored, rerun.articlesUnchanged());
            assertEquals(0, rerun.failed());
            assertSameAsACleanIngest(store, in);
        }
    }

    @Tag("integration")
    @Test
    void aFileSizeLimitStopsTheIngestWithAClearErrorAndLeavesADatasetThatCompletesLater() throws Exception {
        // The limit is reached when the largest file first grows, some 40 articles in: 80 leave a margin. One
        // article per commit, as files grow faster so (a batch of many articles grows them much less).
        Path in = GeneratedArticles.write(tmp.resolve("in"), 80);
        Path data = tmp.resolve("data");
        long largest;
        try (Store store = Store.open(data)) {
            Ingest.create().store(store).mapper(TestPipeline.mapper()).build().run(List.of("seeds"));
        }
        try (Stream<Path> files = Files.walk(data.resolve("tdb2"))) {
            largest = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).max().orElseThrow();
        }
        // ulimit -f counts KiB: the database may grow by one more MiB beyond its largest file, no further.
        String limit = "ulimit -f " + (largest / 1024 + 1024);
        Process child = Child.start(limit, tmp.resolve("child.err"), Main.class, "ingest", "--db", data.toString(),
                "--batch", "1", in.toString());
        String out = new String(child.getInputStream().readAllBytes());
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        String err = Files.readString(tmp.resolve("child.err"));

        assertEquals(1, child.exitValue(), out + err);
        assertTrue(err.contains("Cannot write") && err.contains(data.resolve("tdb2").toString()) && err.contains("File too large"), err);
        assertFalse(err.contains("\tat org.apache.jena"), "one clear line, not a stack trace: " + err);

        try (Store store = Store.open(data)) {
            long stored = GraphCounts.of(store.dataset()).articles();
            assertTrue(stored >= 5 && stored < 85, "the seeds and what was committed before the limit: " + stored);
            IngestReport rerun = Ingest.create().store(store).mapper(TestPipeline.mapper()).build().run(List.of("seeds", in.toString()));
            assertEquals(0, rerun.failed());
            assertEquals(85, rerun.counts().articles());
        }
    }

    @Tag("integration")
    @Test
    void aSecondProcessIsToldWhichProcessHoldsTheDataset() throws Exception {
        Path data = tmp.resolve("data");
        Process holder = Child.start(null, tmp.resolve("child.err"), Child.class, "hold", data.toString());
        try {
            assertEquals(Child.HELD, Child.out(holder).readLine(), Files.readString(tmp.resolve("child.err")));
            DiplographException e = assertThrows(DiplographException.class, () -> Store.open(data));
            assertTrue(e.getMessage().contains("in use by process " + holder.pid()), e.getMessage());
            assertTrue(e.getMessage().contains("java"), "names its program: " + e.getMessage());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
        }
        try (Store store = Store.open(data)) {
            assertNotEquals(null, store.dataset(), "free again once the holder stopped");
        }
    }

    @Test
    void aFolderThatCannotBeCreatedGivesAClearError() throws IOException {
        Path plain = Files.writeString(tmp.resolve("plain"), "a regular file, not a folder");
        Path data = plain.resolve("data");
        DiplographException e = assertThrows(DiplographException.class, () -> Store.open(data));
        assertTrue(e.getMessage().contains(data.toString()), e.getMessage());
        assertEquals("a regular file, not a folder", Files.readString(plain), "nothing written over the file");
    }

    private static void assertSameAsACleanIngest(Store store, Path in) throws IOException {
        Map<Node, Graph> clean;
        try (Store fresh = Store.open(Files.createTempDirectory("clean"))) {
            Ingest.create().store(fresh).mapper(TestPipeline.mapper()).build().run(List.of(in.toString()));
            clean = Snapshot.of(fresh.dataset(), Terms.RUNS_GRAPH);
        }
        Snapshot.assertSame(clean, Snapshot.of(store.dataset(), Terms.RUNS_GRAPH));
    }
}
