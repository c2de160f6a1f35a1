package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.diplograph.query.FixtureTest;
import org.diplograph.query.TestServer;
import org.diplograph.store.ServerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query command on the fixture dataset: local, through an endpoint, through the server holding it. */
class QueryCommandTest extends FixtureTest {
    static final String PARTNERS_OF_JP_MD = """
            | partner | code | partnerLabel | events | agreements | articles |
            |---|---|---|---|---|---|
            | id:country/VN | VN | Viêt Nam | 4 | 2 | 2 |
            """;

    static String db() {
        return fixtureDir.resolve("db").toString();
    }

    @Test
    void listsEveryQueryWithItsSummaryAndParameters() {
        CommandRun run = CommandRun.of("query", "--list");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("partners         Bilateral partners of a country, ranked by events"), run.out());
        assertTrue(run.out().contains("params: a: country = VN, b: country = JP"), run.out());
        assertTrue(run.out().contains("params: person: iri, from: date (optional), to: date (optional)\n"), run.out());
        assertTrue(run.out().contains("params: country: country = VN, from: date (optional), to: date (optional)\n"), run.out());
    }

    @Test
    void aWeeksPartnersIsOneCommand() {
        CommandRun week = CommandRun.of("query", "partners", "--db", db(), "-p", "country=VN", "-p", "from=2019-08-05",
                "-p", "to=2019-08-11", "-f", "csv");
        assertEquals(0, week.exit(), week.err());
        assertEquals("partner,code,partnerLabel,events,agreements,articles\r\n"
                + "https://w3id.org/diplograph/id/country/JP,JP,Japon,3,1,1\r\n", week.out());
        CommandRun badDate = CommandRun.of("query", "partners", "--db", db(), "-p", "from=2019-08");
        assertEquals(1, badDate.exit());
        assertTrue(badDate.err().contains("parameter 'from' wants a date YYYY-MM-DD; got '2019-08'"), badDate.err());
    }

    @Test
    void printsTheQueryWithItsParametersSubstitutedWithoutRunningIt() {
        CommandRun run = CommandRun.of("query", "partners", "--sparql", "--param", "country=JP", "--db", "no-such-folder");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("<https://w3id.org/diplograph/id/country/JP>"), run.out());
        assertTrue(!run.out().contains("?country "), "the variable is replaced: " + run.out());
        org.apache.jena.query.QueryFactory.create(run.out(), org.apache.jena.query.Syntax.syntaxSPARQL_11);
    }

    @Test
    void runsAQueryWithParametersOnTheDataset() {
        CommandRun run = CommandRun.of("query", "partners", "--db", db(), "--param", "country=JP", "--format", "md");
        assertEquals(0, run.exit(), run.err());
        assertEquals(PARTNERS_OF_JP_MD, run.out());
        assertEquals("", run.err());
    }

    @Test
    void anIriATablePrintsGoesBackAsAParameter() {
        CommandRun offices = CommandRun.of("query", "offices", "--db", db(), "-p", "country=LA");
        assertEquals(0, offices.exit(), offices.err());
        String person = offices.out().lines().skip(2).findFirst().orElseThrow().split("\\s+")[0];
        assertTrue(person.startsWith("id:person/"), offices.out());

        CommandRun events = CommandRun.of("query", "person-events", "--db", db(), "-p", "person=" + person, "-f", "csv");
        assertEquals(0, events.exit(), events.err());
        assertTrue(events.out().lines().count() > 1, "rows for " + person + ": " + events.out());

        CommandRun bracketed = CommandRun.of("query", "person-events", "--db", db(), "-p",
                "person=<https://w3id.org/diplograph/id/" + person.substring("id:".length()) + ">", "-f", "csv");
        assertEquals(events.out(), bracketed.out());
    }

    @Test
    void aValueThatIsNoIriIsRefusedInOneLine() {
        CommandRun run = CommandRun.of("query", "person-events", "--db", db(), "-p", "person=pid:person/x");
        assertEquals(1, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("prefix 'pid:' is not known"), run.err());
    }

    @Test
    void writesCsv() {
        CommandRun run = CommandRun.of("query", "offices", "--db", db(), "-p", "country=LA", "-f", "csv");
        assertEquals(0, run.exit(), run.err());
        assertEquals("person,name,title,organization,article\r\n"
                + "https://w3id.org/diplograph/id/person/bounmy-phommachanh,Bounmy Phommachanh,"
                + "ministre des Postes et des Télécommunications,Ministère des Postes et des Télécommunications,story-la-vn\r\n",
                run.out());
    }

    @Tag("integration")
    @Test
    void runsAgainstAnEndpoint() {
        try (TestServer server = TestServer.start(dsg)) {
            CommandRun run = CommandRun.of("query", "partners", "--endpoint", server.queryUrl(), "-p", "country=JP", "-f", "md");
            assertEquals(0, run.exit(), run.err());
            assertEquals(PARTNERS_OF_JP_MD, run.out());
        }
    }

    @Tag("integration")
    @Test
    void goesThroughTheServerThatHoldsTheDataset(@TempDir Path held) {
        // The record sits in a folder holding no data: only the server can give these rows.
        try (TestServer server = TestServer.start(dsg)) {
            ServerRecord.write(held, server.datasetUrl());
            CommandRun run = CommandRun.of("query", "partners", "--db", held.toString(), "-p", "country=JP", "-f", "md");
            assertEquals(0, run.exit(), run.err());
            assertEquals(PARTNERS_OF_JP_MD, run.out());
            assertEquals("dataset held by the server at " + server.datasetUrl() + "; querying through it\n", run.err());
        }
    }

    @Test
    void explainsWhatIsWrong(@TempDir Path empty) {
        CommandRun unknown = CommandRun.of("query", "nope", "--db", db());
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().startsWith("query: no canned query 'nope' (known: agreement-stats, agreements, articles, conferences, countries,"), unknown.err());

        CommandRun badValue = CommandRun.of("query", "partners", "--db", db(), "-p", "country=JP\" } ; DROP ALL ; #");
        assertEquals(1, badValue.exit());
        assertTrue(badValue.err().contains("parameter 'country' wants an ISO 3166-1 alpha-2 code"), badValue.err());

        CommandRun missing = CommandRun.of("query", "person-events", "--db", db());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("needs parameter 'person'"), missing.err());

        Path nowhere = empty.resolve("none");
        CommandRun noDb = CommandRun.of("query", "countries", "--db", nowhere.toString());
        assertEquals("query: no dataset at " + nowhere + ": load articles into it first, or give --db or --endpoint\n",
                noDb.err());
        assertTrue(Files.notExists(nowhere), "a mistyped folder must not become an empty dataset");

        CommandRun both = CommandRun.of("query", "countries", "--db", db(), "--endpoint", "http://127.0.0.1:1/x/query");
        assertEquals("query: give --db or --endpoint, not both\n", both.err());

        CommandRun format = CommandRun.of("query", "countries", "--db", db(), "-f", "xml");
        assertEquals("query: unknown format 'xml' (known: table, csv, json, md)\n", format.err());
    }

    @Tag("integration")
    @Test
    void aParameterWithControlCharactersGoesThroughAnEndpointAsOneLiteral() {
        // Each value is a valid string literal: the endpoint must answer as the local dataset does,
        // never with a stack trace (a GET URL left the characters unescaped and failed in the client).
        try (TestServer server = TestServer.start(dsg)) {
            for (String value : new String[] {"a\u0001b", "a\nb", "a\u0000b", "\u007f", "a\rb\tc\u001b[2J", "Viêt\u0001"}) {
                CommandRun remote = CommandRun.of("query", "find", "--endpoint", server.queryUrl(), "-p", "text=" + value, "-f", "csv");
                CommandRun local = CommandRun.of("query", "find", "--db", db(), "-p", "text=" + value, "-f", "csv");
                String shown = value.codePoints().mapToObj(c -> c < 0x20 || c == 0x7f ? String.format("\\x%02x", c)
                        : Character.toString(c)).collect(java.util.stream.Collectors.joining());
                assertEquals(0, remote.exit(), shown + ": " + remote.err());
                assertEquals("", remote.err(), shown);
                assertEquals(local.out(), remote.out(), shown);
            }
            // The value stays one literal: a quote and a newline cannot end it.
            CommandRun injection = CommandRun.of("query", "find", "--endpoint", server.queryUrl(), "-f", "csv",
                    "-p", "text=\u0001\") } } INSERT DATA { <urn:a> <urn:b> <urn:c> } #\n");
            assertEquals(0, injection.exit(), injection.err());
        }
    }

    @Test
    void aMalformedEndpointIsOneLineNotAStackTrace() {
        for (String url : new String[] {"http:///diplo/query", "http://127.0.0.1:3030/diplo/query?x=\u0001", "ftp://127.0.0.1/diplo"}) {
            CommandRun run = CommandRun.of("query", "countries", "--endpoint", url);
            assertEquals(1, run.exit(), url);
            assertTrue(run.err().startsWith("query: not an endpoint URL: " + url + " ("), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
        }
    }

    @Test
    void refusesALimitOrOffsetBeyondWhatAQueryHoldsInsteadOfWrappingIt() {
        for (String assignment : new String[] {"limit=99999999999999999999999", "limit=9223372036854775808",
                "offset=18446744073709551617"}) {
            CommandRun run = CommandRun.of("query", "articles", "--sparql", "--db", db(), "-p", assignment);
            String name = assignment.substring(0, assignment.indexOf('='));
            assertEquals(1, run.exit(), assignment + ": " + run.out());
            assertEquals("query: query 'articles': parameter '" + name + "' wants a whole number from 0 to 9223372036854775807; got '"
                    + assignment.substring(name.length() + 1) + "'\n", run.err());
        }
        CommandRun largest = CommandRun.of("query", "articles", "--sparql", "--db", db(), "-p", "limit=9223372036854775807");
        assertEquals(0, largest.exit(), largest.err());
        assertTrue(largest.out().contains("LIMIT   9223372036854775807"), largest.out());
    }
}
