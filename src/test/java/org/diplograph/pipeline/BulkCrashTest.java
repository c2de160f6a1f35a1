package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.diplograph.rdf.Terms;
import org.diplograph.store.Child;
import org.diplograph.store.GeneratedArticles;
import org.diplograph.store.Snapshot;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk load killed in the middle (SIGKILL, in a child process) leaves the dataset as it was before
 * it: the loader wrote only beside it. The next command to open the folder removes the partial copy
 * and says so in one line, and a load run again gives the dataset a load never stopped gives.
 */
@Tag("integration")
class BulkCrashTest {
    @TempDir Path tmp;

    @Test
    void aBulkLoadKilledInTheMiddleLeavesTheDatasetAsItWas() throws Exception {
        Path in = GeneratedArticles.write(tmp.resolve("in"), 120);
        Path data = tmp.resolve("data");
        Map<Node, Graph> before;
        try (Store store = Store.open(data)) {
            // the dataset before: what a first run that read no article leaves (the ontology, the run's record)
            Files.createDirectories(tmp.resolve("nothing"));
            Ingest.create().store(store).build().run(List.of(tmp.resolve("nothing").toString()));
            before = Snapshot.of(store.dataset(), null);
        }
        assertTrue(before.containsKey(Terms.RUNS_GRAPH) && before.containsKey(Terms.ONTOLOGY_GRAPH), before.keySet().toString());

        Process child = Child.start(null, tmp.resolve("child.err"), Loader.class, data.toString(), in.toString());
        int handed = 0;
        try {
            BufferedReader out = Child.out(child);
            for (String line; handed < 40 && (line = out.readLine()) != null; ) {
                if (line.startsWith(Child.COMMITTED)) handed++;
            }
            assertTrue(Files.isDirectory(data.resolve("tdb2-loading")), "the loader writes beside the dataset");
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(40, handed, "the child loaded articles before the kill: " + Files.readString(tmp.resolve("child.err")));

        // the next command: one line, the copy gone, the dataset as it was
        nextCommandRemovesTheCopy(data, tmp.resolve("next.err"));
        try (Store store = Store.open(data)) {
            Snapshot.assertSame(before, Snapshot.of(store.dataset(), null));
            IngestReport again = Ingest.create().store(store).mode(Ingest.Mode.BULK).batch(10).build().run(List.of(in.toString()));
            assertEquals(120, again.articlesNew());
            Map<Node, Graph> loaded = Snapshot.of(store.dataset(), Terms.RUNS_GRAPH);
            try (Store clean = Store.open(tmp.resolve("clean"))) {
                Ingest.create().store(clean).mode(Ingest.Mode.EXCLUSIVE).batch(10).build().run(List.of(in.toString()));
                Snapshot.assertSame(Snapshot.of(clean.dataset(), Terms.RUNS_GRAPH), loaded);
            }
        }
    }

    @Test
    void aLoadStoppedBetweenItsRenamesIsPutInPlaceByTheNextOpen() throws Exception {
        Path in = GeneratedArticles.write(tmp.resolve("in"), 6);
        Path data = tmp.resolve("data");
        Map<Node, Graph> loaded;
        try (Store store = Store.open(data)) {
            Ingest.create().store(store).mode(Ingest.Mode.BULK).build().run(List.of(in.toString()));
            loaded = Snapshot.of(store.dataset(), null);
        }
        // as a stop after the first rename leaves it: the complete database beside, none in place, the marker
        Files.move(data.resolve(Store.DATABASE), data.resolve("tdb2-loading"));
        Files.writeString(data.resolve("tdb2-loading.complete"), "complete\n");
        try (Store store = Store.open(data)) {
            Snapshot.assertSame(loaded, Snapshot.of(store.dataset(), null));
        }
        assertFalse(Files.exists(data.resolve("tdb2-loading.complete")));
        assertFalse(Files.exists(data.resolve("tdb2-loading")));
    }

    /** Opens {@code data} in another process, as the next command would: it removes a stopped load's copy and says so. */
    static void nextCommandRemovesTheCopy(Path data, Path err) throws Exception {
        Process next = Child.start(null, err, Child.class, "hold", data.toString());
        try {
            assertEquals(Child.HELD, Child.out(next).readLine(), Files.readString(err));
        } finally {
            next.getOutputStream().close();
            assertTrue(next.waitFor(60, TimeUnit.SECONDS));
        }
        String said = Files.readString(err);
        assertTrue(said.contains("was stopped before its end") && said.contains("the dataset is as it was before that load"), said);
        assertFalse(Files.exists(data.resolve("tdb2-loading")));
    }

    /**
     * {@code DIR PATH...}: a bulk load, printing each article as it is handed to the loader; after the
     * fortieth it waits for its input to close, so that it is killed in the middle of its load.
     */
    static final class Loader {
        public static void main(String[] args) {
            Store store = Store.open(Path.of(args[0]));
            int[] n = new int[1];
            Ingest.create().store(store).mode(Ingest.Mode.BULK)
                    .progress((origin, key, outcome) -> {
                        System.out.println(Child.COMMITTED + key);
                        System.out.flush();
                        if (++n[0] == 40) waitForInputToClose();
                    })
                    .build().run(List.of(args).subList(1, args.length));
            store.close();
        }

        private static void waitForInputToClose() {
            try {
                while (System.in.read() >= 0) { /* until killed */ }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
