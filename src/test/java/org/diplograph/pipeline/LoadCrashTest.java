package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.diplograph.cli.Main;
import org.diplograph.store.Child;
import org.diplograph.store.GeneratedArticles;
import org.diplograph.store.Snapshot;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code load} killed (SIGKILL) while Jena's xloader builds the new database in its child processes
 * leaves the dataset as it was: the phase running ends with it (its parent gone), the next command to
 * open the folder removes the partial database and says so in one line, and a load run again gives
 * the dataset the partitions hold.
 */
@Tag("integration")
class LoadCrashTest {
    @TempDir Path tmp;

    @Test
    void aLoadKilledWhileTheXloaderBuildsLeavesTheDatasetAsItWas() throws Exception {
        Path in = GeneratedArticles.write(tmp.resolve("in"), 120);
        Path parts = tmp.resolve("parts");
        Map<Node, Graph> exported;
        try (Store store = Store.open(tmp.resolve("source"))) {
            Ingest.create().store(store).mode(Ingest.Mode.BULK).build().run(List.of(in.toString()));
            exported = Snapshot.of(store.dataset(), null);
            PartitionLoadTest.partitions(store.dataset(), parts, 2);
        }
        Path data = tmp.resolve("data");
        Map<Node, Graph> before;
        try (Store store = Store.open(data)) {
            // the dataset before: what a first run that read no article leaves (the ontology, the run's record)
            Files.createDirectories(tmp.resolve("nothing"));
            Ingest.create().store(store).build().run(List.of(tmp.resolve("nothing").toString()));
            before = Snapshot.of(store.dataset(), null);
        }

        Process load = Child.start(null, tmp.resolve("load.err"), Main.class, "load", "--db", data.toString(), "--loader", "xloader",
                parts.toString());
        List<ProcessHandle> phases;
        try {
            Path building = data.resolve("tdb2-loading").resolve("Data-0001");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (!Files.exists(building) && load.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
            assertTrue(Files.exists(building), "the xloader builds beside the dataset: " + Files.readString(tmp.resolve("load.err")));
            phases = load.descendants().toList();
        } finally {
            load.destroyForcibly();
            assertTrue(load.waitFor(60, TimeUnit.SECONDS));
        }
        assertFalse(phases.isEmpty(), "a phase of the xloader was running");
        for (ProcessHandle phase : phases) phase.onExit().get(60, TimeUnit.SECONDS);   // it ends with its parent
        assertTrue(Files.exists(data.resolve("tdb2-loading")), "the killed load left its partial database");

        // the next command: one line, the partial database gone, the dataset as it was
        BulkCrashTest.nextCommandRemovesTheCopy(data, tmp.resolve("next.err"));
        try (Store store = Store.open(data)) {
            Snapshot.assertSame(before, Snapshot.of(store.dataset(), null));
        }

        // a dataset of an ontology and a run is empty enough to load: the load run again completes
        try (Store store = Store.open(data)) {
            PartitionLoad.create().store(store).loader(PartitionLoad.Loader.XLOADER).build().run(List.of(parts));
            PartitionLoadTest.assertSameQuads(exported, Snapshot.of(store.dataset(), null));
        }
    }
}
