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
 * {@code load} turns what {@code export} wrote back into a dataset that answers as the one exported;
 * a dataset that is not empty, a loader it does not know and a file that is no partition are each
 * told in one line.
 */
class LoadCommandTest {
    @TempDir Path tmp;

    @Test
    void anExportLoadsIntoADatasetThatAnswersAsTheOneExported() throws Exception {
        String source = tmp.resolve("source").toString();
        String loaded = tmp.resolve("loaded").toString();
        String nq = tmp.resolve("all.nq").toString();
        assertEquals(0, CommandRun.of("ingest", "--db", source, "seeds").exit());
        CommandRun export = CommandRun.of("export", "--db", source, nq);
        assertEquals(0, export.exit(), export.err());

        Files.writeString(tmp.resolve("readme.md"), "not a partition\n");
        CommandRun load = CommandRun.of("load", "--db", loaded, "--loader", "parallel", nq, tmp.resolve("readme.md").toString());
        assertEquals(1, load.exit(), load.err());   // loaded, one file left out
        assertTrue(load.out().startsWith("Loaded 1 partitions (") && load.out().contains("with Jena's parallel loader"), load.out());
        assertTrue(load.err().contains("readme.md: not an N-Quads partition (.nq or .nq.gz)"), load.err());
        assertFalse(Files.exists(tmp.resolve("loaded/tdb2-loading")));
        for (String q : List.of("countries", "sources", "pair-topics", "ministries", "partners")) {
            assertEquals(csv(source, q), csv(loaded, q), q);
        }

        CommandRun again = CommandRun.of("load", "--db", loaded, nq);
        assertEquals(1, again.exit());
        assertTrue(again.err().startsWith("diplograph: Cannot load: the dataset in") && again.err().contains("is not empty"), again.err());
        assertEquals(1, again.err().strip().lines().count(), again.err());

        CommandRun unknown = CommandRun.of("load", "--db", tmp.resolve("other").toString(), "--loader", "fast", nq);
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("--loader is auto, parallel or xloader, not 'fast'"), unknown.err());
    }

    private static String csv(String db, String query) {
        CommandRun r = CommandRun.of("query", query, "--db", db, "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }
}
