package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compact}, and the compaction a large load does by itself. */
class CompactCommandTest {
    @TempDir Path tmp;

    @Test
    void compactKeepsTheDatasetAndALargeLoadCompactsByItself() {
        String db = tmp.resolve("data").toString();
        CommandRun small = CommandRun.of("ingest", "--db", db, "--batch", "1", "seeds");
        assertEquals(0, small.exit(), small.err());
        assertFalse(small.out().contains("Compacted"), "30 articles are below the default threshold: " + small.out());

        CommandRun c = CommandRun.of("compact", "--db", db);
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().matches("(?s)Compacted .*: database files \\d+ MB before, \\d+ MB after\\s*"), c.out());
        CommandRun again = CommandRun.of("ingest", "--db", db, "seeds");
        assertTrue(again.out().contains("0 new, 0 changed, 5 unchanged articles"), again.out());

        String other = tmp.resolve("other").toString();
        // written in transactions (a bulk load, which an empty dataset takes by itself, builds fresh files: nothing to compact)
        CommandRun large = CommandRun.of("ingest", "--db", other, "--no-bulk", "--compact-after", "30", "seeds");
        assertEquals(0, large.exit(), large.err());
        assertTrue(large.out().contains("Compacted "), "5 pages and their 25 teasers reach 30: " + large.out());
        CommandRun reread = CommandRun.of("ingest", "--db", other, "seeds");
        assertTrue(reread.out().contains("0 new, 0 changed, 5 unchanged articles"), reread.out());
    }
}
