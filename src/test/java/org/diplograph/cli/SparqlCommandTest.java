package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplograph.query.FixtureTest;
import org.diplograph.query.TestServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sparql command on the fixture's TDB2 folder and through a real Fuseki on a free loopback port. */
class SparqlCommandTest extends FixtureTest {
    /** Laos's partners, with the canned queries' prefixes used but not declared. */
    static final String LAOS_PARTNERS = "SELECT ?partner ?code { ?r dip:country id:country\\/LA , ?partner ."
            + " ?partner dip:alpha2 ?code FILTER(?partner != id:country\\/LA) } ORDER BY ?code";

    @Test
    void runsASelectOnTheDataFolderWithThePrefixesOfTheCannedQueries() {
        CommandRun run = CommandRun.of("sparql", "--db", QueryCommandTest.db(), LAOS_PARTNERS, "-f", "md");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("| partner | code |\n|---|---|\n| id:country/VN | VN |"), run.out());
    }

    @Tag("integration")
    @Test
    void runsTheSameThroughAnEndpoint() {
        CommandRun local = CommandRun.of("sparql", "--db", QueryCommandTest.db(), LAOS_PARTNERS, "-f", "csv");
        try (TestServer server = TestServer.start(dsg)) {
            CommandRun remote = CommandRun.of("sparql", "--endpoint", server.queryUrl(), LAOS_PARTNERS, "-f", "csv");
            assertEquals(0, remote.exit(), remote.err());
            assertEquals(local.out(), remote.out());
            CommandRun ask = CommandRun.of("sparql", "--endpoint", server.queryUrl(), "ASK { id:country\\/LA dip:alpha2 \"LA\" }");
            assertEquals("ask\n----\ntrue\n", ask.out(), ask.err());
        }
    }

    @Test
    void asksAndConstructs() {
        CommandRun yes = CommandRun.of("sparql", "--db", QueryCommandTest.db(), "ASK { ?a a dip:Article }", "-f", "json");
        assertEquals(0, yes.exit(), yes.err());
        assertTrue(yes.out().contains("\"boolean\" : true"), yes.out());

        String construct = "CONSTRUCT { id:country\\/LA rdfs:label ?l } WHERE { id:country\\/LA rdfs:label ?l FILTER(LANG(?l) = 'fr') }";
        CommandRun rows = CommandRun.of("sparql", "--db", QueryCommandTest.db(), construct);
        assertEquals(0, rows.exit(), rows.err());
        assertTrue(rows.out().startsWith("subject"), rows.out());
        assertTrue(rows.out().contains("id:country/LA  rdfs:label"), rows.out());
        CommandRun turtle = CommandRun.of("sparql", "--db", QueryCommandTest.db(), construct, "-f", "turtle");
        assertEquals(0, turtle.exit(), turtle.err());
        assertTrue(turtle.out().contains("rdfs:label"), turtle.out());
        assertTrue(turtle.out().contains("@fr"), turtle.out());
    }

    @Test
    void readsTheQueryFromAFileAndItsOwnPrefixesWin(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("q.rq"), "PREFIX id: <urn:nothing:>\nSELECT ?x { ?x ?p id:none } LIMIT 1\n");
        CommandRun run = CommandRun.of("sparql", "--db", QueryCommandTest.db(), "@" + file, "-f", "csv");
        assertEquals(0, run.exit(), run.err());
        assertEquals("x\r\n", run.out());
    }

    @Test
    void errorsAreOneLineAndExitOne(@TempDir Path dir) throws IOException {
        CommandRun syntax = CommandRun.of("sparql", "--db", QueryCommandTest.db(), "SELECT ?x WHERE { ?x ");
        assertEquals(1, syntax.exit());
        assertEquals(1, syntax.err().lines().count(), syntax.err());
        assertTrue(syntax.err().startsWith("sparql: not a SPARQL query: "), syntax.err());

        CommandRun file = CommandRun.of("sparql", "--db", QueryCommandTest.db(), "@" + dir.resolve("missing.rq"));
        assertEquals(1, file.exit());
        assertEquals("sparql: no query file " + dir.resolve("missing.rq") + "\n", file.err());

        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        CommandRun away = CommandRun.of("sparql", "--endpoint", "http://127.0.0.1:" + closed + "/diplo/query", "ASK {}");
        assertEquals(1, away.exit());
        assertEquals(1, away.err().lines().count(), away.err());
        assertTrue(away.err().startsWith("sparql: cannot query the endpoint http://127.0.0.1:" + closed), away.err());

        CommandRun update = CommandRun.of("sparql", "--db", QueryCommandTest.db(), "INSERT DATA { <urn:a> <urn:b> <urn:c> }");
        assertEquals(1, update.exit());
        assertEquals(1, update.err().lines().count(), update.err());
    }
}
