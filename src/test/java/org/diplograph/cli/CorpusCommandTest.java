package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corpus}: writes the pages and answers it says it wrote. */
class CorpusCommandTest {
    @TempDir Path tmp;

    @Test
    void writesPagesAndAnswers() throws IOException {
        CommandRun run = CommandRun.of("corpus", "--seed", "3", "--count", "25", "--html", tmp.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("25 stories"), run.out());
        assertEquals(25, count(tmp.resolve("pages"), ".html"));
        assertEquals(25, count(tmp.resolve("answers"), ".json"));
    }

    private static long count(Path dir, String ext) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(ext)).count();
        }
    }
}
