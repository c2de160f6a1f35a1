package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplograph.query.FixtureTest;
import org.diplograph.query.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command on the fixture dataset, and through an endpoint. */
class ReportCommandTest extends FixtureTest {

    @Test
    void writesTheReportAndSaysWhatItDidNotRun(@TempDir Path out) throws IOException {
        CommandRun run = CommandRun.of("report", "--db", fixtureDir.resolve("db").toString(),
                "--param", "office-on-date.date=2020-01-01", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("23 tables written to " + out + ": " + out.resolve("report.html")), run.out());
        assertTrue(run.out().contains("not run: find: needs text: string"), run.out());
        assertTrue(Files.readString(out.resolve("office-on-date.csv")).contains("2019-08-09,story-jp-vn"));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("href=\"http://127.0.0.1:3030/#/dataset/diplo/query?query="), "default console");
    }

    @Test
    void linksToTheConsoleOfTheEndpointItQueries(@TempDir Path out) throws IOException {
        try (TestServer server = TestServer.start(dsg)) {
            CommandRun run = CommandRun.of("report", "--endpoint", server.queryUrl(), out.toString());
            assertEquals(0, run.exit(), run.err());
            String html = Files.readString(out.resolve("report.html"));
            assertTrue(html.contains("href=\"" + server.datasetUrl().replace("/diplo", "/") + "#/dataset/diplo/query?query="), html.substring(0, 600));
        }
    }

    @Test
    void aBadParameterIsOneClearError(@TempDir Path out) {
        CommandRun run = CommandRun.of("report", "--db", fixtureDir.resolve("db").toString(), "--param", "partners=VN", out.toString());
        assertEquals(1, run.exit());
        assertEquals("report: expected QUERY.NAME=VALUE, got 'partners=VN'\n", run.err());
    }
}
