package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplograph.query.FixtureTest;
import org.diplograph.query.TestServer;
import org.junit.jupiter.api.Tag;
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

    @Tag("integration")
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

    @Test
    void sinceAnEarlierReportTheSummarySaysWhatChanged(@TempDir Path out) throws IOException {
        String db = fixtureDir.resolve("db").toString();
        CommandRun first = CommandRun.of("report", "--db", db, out.resolve("monday").toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(Files.exists(out.resolve("monday").resolve("report-summary.json")), "the summary is written beside the page");
        // the earlier report knew one agreement less
        Path earlier = out.resolve("monday").resolve("report-summary.json");
        Files.writeString(earlier, Files.readString(earlier).replace("\"https://w3id.org/diplograph/id/agreement/story-la-vn/2\"", "")
                .replace("\"https://w3id.org/diplograph/id/agreement/story-la-vn/1\",", "\"https://w3id.org/diplograph/id/agreement/story-la-vn/1\""));
        CommandRun next = CommandRun.of("report", "--db", db, "--since", out.resolve("monday").toString(), out.resolve("tuesday").toString());
        assertEquals(0, next.exit(), next.err());
        String html = Files.readString(out.resolve("tuesday").resolve("report.html"));
        assertTrue(html.contains("<dd class=\"new-agreements\">1: "), html.substring(html.indexOf("id=\"summary\"")));
        assertTrue(html.contains("<li>agreements: 3 → 4 <span class=\"up\">+1</span></li>"), html.substring(html.indexOf("id=\"summary\"")));

        CommandRun wrong = CommandRun.of("report", "--db", db, "--since", out.resolve("nowhere").toString(), out.resolve("x").toString());
        assertEquals(1, wrong.exit());
        assertEquals("report: no report summary at " + out.resolve("nowhere")
                + ": give an earlier report's folder or its report-summary.json\n", wrong.err());
        assertTrue(Files.notExists(out.resolve("x")), "nothing run, nothing written");
    }

    @Test
    void fromAndToSetThePeriodOfTheSummary(@TempDir Path out) throws IOException {
        String db = fixtureDir.resolve("db").toString();
        CommandRun run = CommandRun.of("report", "--db", db, "--from", "2019-08-01", "--to", "2019-08-31", out.resolve("august").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(out.resolve("august").resolve("report.html")).contains("<h2>Summary, 2019-08-01 to 2019-08-31</h2>"));
        CommandRun backwards = CommandRun.of("report", "--db", db, "--from", "2019-09-01", "--to", "2019-08-01", out.resolve("x").toString());
        assertEquals(1, backwards.exit());
        assertEquals("report: the period ends before it begins: from 2019-09-01 to 2019-08-01\n", backwards.err());
    }
}
