package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code text-index} builds the index again and says what it holds; an import, which writes around
 * the article sink, leaves the index current; a folder without a dataset is refused in one line.
 */
class TextIndexCommandTest {
    @TempDir Path tmp;

    @Test
    void rebuildsTheIndexAndAnImportedDatasetIsSearchable() {
        String db = tmp.resolve("data").toString();
        assertEquals(0, CommandRun.of("ingest", "--db", db, "seeds").exit());
        String before = mentions(db);
        assertTrue(before.contains("/article/"), before);

        CommandRun rebuilt = CommandRun.of("text-index", "--db", db);
        assertEquals(0, rebuilt.exit(), rebuilt.err());
        assertTrue(rebuilt.out().matches("(?s)Text index of .* built: 30 articles, \\d+ names of \\d+ things\\R"), rebuilt.out());
        assertEquals(before, mentions(db), "the same hits after a rebuild");

        // the graphs exported and imported into a new folder: found there too
        Path file = tmp.resolve("all.trig");
        assertEquals(0, CommandRun.of("export-rdf", "--db", db, file.toString()).exit());
        String copy = tmp.resolve("copy").toString();
        CommandRun imported = CommandRun.of("import", "--db", copy, "--replace", file.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertEquals(before, mentions(copy));
    }

    @Test
    void noDatasetIsOneLine() {
        CommandRun r = CommandRun.of("text-index", "--db", tmp.resolve("none").toString());
        assertEquals(1, r.exit());
        assertEquals("diplograph: no dataset at " + tmp.resolve("none") + "\n", r.err());
    }

    private static String mentions(String db) {
        CommandRun r = CommandRun.of("query", "--db", db, "--format", "csv", "mentions", "-p", "text=Hanoi");
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }
}
