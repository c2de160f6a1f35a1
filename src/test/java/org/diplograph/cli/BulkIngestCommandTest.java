package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} takes the bulk path by itself into an empty dataset, on {@code --bulk} only into an
 * empty one, and never on {@code --no-bulk}; what it prints and what the queries answer are the same
 * either way.
 */
class BulkIngestCommandTest {
    @TempDir Path tmp;

    @Test
    void anEmptyDatasetIsBulkLoadedAndAnswersAsATransactionalLoad() {
        String bulk = tmp.resolve("bulk").toString();
        String tx = tmp.resolve("tx").toString();
        CommandRun b = CommandRun.of("ingest", "--db", bulk, "seeds");
        CommandRun t = CommandRun.of("ingest", "--db", tx, "--no-bulk", "seeds");
        assertEquals(0, b.exit(), b.err());
        assertEquals(0, t.exit(), t.err());
        assertEquals(t.out().replace(tx, "DB"), b.out().replace(bulk, "DB"));
        assertFalse(Files.exists(tmp.resolve("bulk/tdb2-loading")));
        for (String q : List.of("countries", "sources", "pair-topics", "ministries", "partners")) {
            assertEquals(csv(tx, q), csv(bulk, q), q);
        }

        // not empty any more: --bulk is refused, a load without it adds in place
        CommandRun refused = CommandRun.of("ingest", "--db", bulk, "--bulk", "src/test/resources/devset/pages");
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("--bulk: the dataset in") && refused.err().contains("is not empty"), refused.err());
        CommandRun added = CommandRun.of("ingest", "--db", bulk, "src/test/resources/devset/pages");
        assertEquals(0, added.exit(), added.err());
        assertTrue(added.out().contains("Loaded src/test/resources/devset/pages into " + bulk + ": 48 new"), added.out());
    }

    private static String csv(String db, String query) {
        CommandRun r = CommandRun.of("query", query, "--db", db, "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }
}
