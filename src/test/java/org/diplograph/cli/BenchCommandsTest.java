package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Terms;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark commands run end to end on a few generated articles and print their figures.
 * No figure is checked against a speed: benchmarks are measured, not tested.
 */
class BenchCommandsTest {
    @TempDir Path tmp;

    @Test
    void extractionListsItsWarmUpRoundsApartFromTheMeasuredOnes() {
        CommandRun none = CommandRun.of("bench", "--warmup", "0", "--repeat", "1", "--rounds", "2", "--threads", "0");
        assertEquals(0, none.exit(), none.err());
        assertTrue(none.out().contains("per round; 0 warm-up rounds (s):\n2 measured rounds (s): "), none.out());
        assertTrue(Pattern.compile("by the thread's CPU time: \\d+ articles/s").matcher(none.out()).find(), none.out());
        assertFalse(none.out().contains("threads: median"), "no all-cores run with --threads 0: " + none.out());

        // a warm-up of a fraction of a second still runs one whole round, and the all-cores run follows
        CommandRun some = CommandRun.of("bench", "--warmup", "0.01", "--repeat", "1", "--rounds", "1", "--threads", "2");
        assertEquals(0, some.exit(), some.err());
        assertTrue(Pattern.compile("per round; [1-9]\\d* warm-up rounds \\(s\\): \\d+\\.\\d\\d").matcher(some.out()).find(), some.out());
        assertTrue(Pattern.compile("extraction, 2 threads: median \\d+ articles/s").matcher(some.out()).find(), some.out());
    }

    @Test
    void ingestComparesWithTheBulkLoaderAndCleansUp() throws IOException {
        Path work = tmp.resolve("work");
        CommandRun run = CommandRun.of("bench", "ingest", "--count", "20", "--work", work.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Pattern.compile("batch ingest: 20 pages \\(\\d+ articles with their teasers\\), \\d+ quads").matcher(run.out()).find(), run.out());
        assertTrue(run.out().contains("bulk loader (parallel), same quads: median"), run.out());
        assertTrue(Pattern.compile("ratio ingest / loader: \\d+\\.\\d").matcher(run.out()).find(), run.out());
        assertTrue(Pattern.compile("ratio bulk / loader: \\d+\\.\\d\\d").matcher(run.out()).find(), run.out());
        assertTrue(run.out().contains("peak heap in use: ingest"), run.out());
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(0, left.count(), "what it wrote is removed");
        }
    }

    @Tag("integration")
    @Test
    void liveSendsEachArticleToARunningServer() {
        CommandRun run = CommandRun.of("bench", "live", "--count", "10", "--work", tmp.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Pattern.compile("live ingest: 10 pages \\(\\d+ articles stored\\) sent one by one in").matcher(run.out()).find(),
                run.out());
    }

    @Tag("integration")
    @Test
    void queriesAndStartRunOnAnExistingDataset() throws java.io.IOException {
        Path corpus = tmp.resolve("corpus");
        Path db = tmp.resolve("data");
        assertEquals(0, CommandRun.of("corpus", "--count", "12", corpus.toString()).exit());
        CommandRun ingest = CommandRun.of("ingest", "--db", db.toString(), corpus.resolve("pages").toString());
        assertEquals(0, ingest.exit(), ingest.err());

        // a folder of data format 4, without the ministry rows format 5 adds: the benchmark opens it as
        // every command does, so it times the queries on the rows they read
        try (Store store = Store.open(db)) {
            Txn.executeWrite(store.dataset(), () -> {
                List<Node> rows = new ArrayList<>();
                store.dataset().find(Terms.SUMMARY_GRAPH, Node.ANY, DIP.ministryTally, Node.ANY).forEachRemaining(q -> rows.add(q.getObject()));
                assertFalse(rows.isEmpty(), "ministry rows to take away");
                store.dataset().deleteAny(Terms.SUMMARY_GRAPH, Node.ANY, DIP.ministryTally, Node.ANY);
                rows.forEach(r -> store.dataset().deleteAny(Terms.SUMMARY_GRAPH, r, Node.ANY, Node.ANY));
            });
        }
        Files.writeString(db.resolve("format"), "diplograph data format 4\n");

        CommandRun queries = CommandRun.of("bench", "queries", "--db", db.toString(), "--rounds", "2");
        assertEquals(0, queries.exit(), queries.err());
        assertTrue(Pattern.compile("(?m)^ministries +[1-9]").matcher(queries.out()).find(), "the ministry rows written: " + queries.out());
        assertEquals("diplograph data format 5", Files.readString(db.resolve("format")).strip());
        for (String q : new String[] {"partners", "office-on-date", "person-events", "find", "evidence"}) {
            assertTrue(Pattern.compile("(?m)^" + q + " +\\d+ +\\d").matcher(queries.out()).find(), q + " in\n" + queries.out());
        }
        assertTrue(Pattern.compile("(?m)^person-events +[1-9]").matcher(queries.out()).find(), "a real person: " + queries.out());

        CommandRun start = CommandRun.of("bench", "start", "--db", db.toString(), "--starts", "1");
        assertEquals(0, start.exit(), start.err());
        assertTrue(Pattern.compile("server start to first answer: median \\d+\\.\\d\\d s").matcher(start.out()).find(), start.out());
        assertFalse(Files.exists(db.resolve("server.url")), "the server process was stopped");
    }
}
