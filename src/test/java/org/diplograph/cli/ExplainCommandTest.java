package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.query.TestServer;
import org.diplograph.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * explain on the seeds loaded into a real TDB2 folder: an article's sentences with the facts each
 * gave and the rule that produced each, from the folder and through a real Fuseki endpoint alike.
 */
class ExplainCommandTest {
    /** The first seed: a signing, told with its signatories and their offices. */
    static final String KEY = "000_babf39bc84280e7e";
    @TempDir static Path tmp;
    static String db;

    @BeforeAll
    static void loadTheSeeds() {
        db = tmp.resolve("db").toString();
        CommandRun ingest = CommandRun.of("ingest", "--db", db, "seeds");
        assertEquals(0, ingest.exit(), ingest.err());
    }

    @Test
    void printsEachSentenceWithItsFactsAndTheirRules() {
        CommandRun run = CommandRun.of("explain", "--db", db, KEY);
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("Article: " + KEY, lines.get(0));
        assertTrue(lines.get(1).startsWith("Title: "), lines.get(1));
        List<String> sentences = lines.stream().filter(l -> l.matches("\\[\\d+\u2013\\d+] \\S.*")).toList();
        assertTrue(sentences.size() >= 5, run.out());
        // every fact line names a listed rule, and sits under a sentence
        List<String> facts = lines.stream().filter(l -> l.startsWith("    - ")).toList();
        assertTrue(facts.size() >= 10, run.out());
        for (String f : facts) {
            String rule = f.replaceFirst("^.*\\| rule: ([^ |]+).*$", "$1");
            assertTrue(org.diplograph.extract.Rule.byId(rule).isPresent(), f);
        }
        // the signing, its signatories' offices, and an event with its standing and confidence
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("    - agreement: ") && f.contains("| signed | rule: agreement.verb-signer")
                && f.contains("| confidence: 0.85")), run.out());
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("    - office: ") && f.endsWith("| rule: role.title-before-name")), run.out());
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("    - meeting: ") && f.contains("| rule: meeting.")
                && f.contains("| standing: happened | confidence: ")), run.out());
        assertTrue(lines.get(2).matches(sentences.size() + " sentences with facts, " + facts.size() + " facts told"), lines.get(2));
    }

    @Test
    void theArticleIriAndItsShortFormNameTheSameArticle() {
        String byKey = CommandRun.of("explain", "--db", db, KEY).out();
        CommandRun iri = CommandRun.of("explain", "--db", db, "https://w3id.org/diplograph/id/article/" + KEY);
        CommandRun shortIri = CommandRun.of("explain", "--db", db, "id:article/" + KEY);
        assertEquals(0, iri.exit(), iri.err());
        assertEquals(byKey, iri.out());
        assertEquals(byKey, shortIri.out());
    }

    @Test
    void anUnknownArticleIsOneLineAndExitOne() {
        CommandRun run = CommandRun.of("explain", "--db", db, "no-such-story");
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertEquals("explain: no article \"no-such-story\" in local dataset\n", run.err());
        CommandRun person = CommandRun.of("explain", "--db", db, "id:person/someone");
        assertEquals(1, person.exit());
        assertEquals("explain: \"id:person/someone\" is not an article IRI (want https://w3id.org/diplograph/id/article/KEY)\n",
                person.err());
        CommandRun nowhere = CommandRun.of("explain", "--db", tmp.resolve("nothing-here").toString(), KEY);
        assertEquals(1, nowhere.exit());
        assertTrue(nowhere.err().startsWith("explain: no dataset at "), nowhere.err());
    }

    @Tag("integration")
    @Test
    void throughAnEndpointItPrintsTheSame() {
        String local = CommandRun.of("explain", "--db", db, KEY).out();
        DatasetGraph dsg = Store.open(Path.of(db)).dataset();
        try (TestServer server = TestServer.start(dsg)) {
            CommandRun remote = CommandRun.of("explain", "--endpoint", server.queryUrl(), KEY);
            assertEquals(0, remote.exit(), remote.err());
            assertEquals(local, remote.out());
            CommandRun unknown = CommandRun.of("explain", "--endpoint", server.queryUrl(), "no-such-story");
            assertEquals(1, unknown.exit());
            assertEquals("explain: no article \"no-such-story\" in " + server.queryUrl() + "\n", unknown.err());
        }
    }
}
