package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.diplograph.query.FixtureTest;
import org.diplograph.query.TestServer;
import org.diplograph.store.ServerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export-facts command on the fixture dataset, directly and through the server holding it. */
class ExportFactsCommandTest extends FixtureTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static long files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    static void assertSameAsExpected(Path out, String key) throws IOException {
        try (InputStream in = ExportFactsCommandTest.class.getResourceAsStream("/fixture/facts/" + key + ".json")) {
            assertEquals(JSON.readTree(in), JSON.readTree(out.resolve(key + ".json").toFile()));
        }
    }

    @Test
    void writesOneFilePerStory(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("facts");
        CommandRun run = CommandRun.of("export-facts", "--db", fixtureDir.resolve("db").toString(), out.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("4 articles written to " + out + "\n", run.out());
        assertEquals(4, files(out));
        assertSameAsExpected(out, "story-la-vn");
    }

    @Tag("integration")
    @Test
    void teasersOnRequestThroughTheServerHoldingTheDataset(@TempDir Path held, @TempDir Path out) throws IOException {
        try (TestServer server = TestServer.start(dsg)) {
            ServerRecord.write(held, server.datasetUrl());
            CommandRun run = CommandRun.of("export-facts", "--db", held.toString(), "--teasers", out.toString());
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.err().contains("querying through it"), run.err());
            assertEquals(5, files(out));
            assertSameAsExpected(out, "teaser-by-vn");
        }
    }
}
