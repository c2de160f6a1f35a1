package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.server.DiplographServer;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code correct}, {@code retract}, {@code corrections} and {@code explain} on a real TDB2 folder
 * and through a real server: terms typed as the tables print them, one-line refusals, the same
 * correction made twice, undo.
 */
class CurationCommandsTest {
    /** An invented story: two ministers of invented names meet and sign. */
    private static final String STORY = """
            Le Vietnam et le Laos renforcent leur coopération dans l'éducation

            Vientiane (VNA) - Le ministre vietnamien de l'Éducation, Hoang Minh Quan, a rencontré le 14 avril \
            à Vientiane le ministre laotien de l'Éducation, Bounmy Keovilay. Les deux ministres ont signé un \
            protocole d'accord sur la formation des enseignants.-VNA
            """;
    private static final String PERSON = "id:person/hoang-minh-quan";

    @TempDir Path tmp;

    private String load() throws Exception {
        Path file = Files.writeString(tmp.resolve("meeting.txt"), STORY);
        String db = tmp.resolve("db").toString();
        CommandRun ingest = CommandRun.of("ingest", "--db", db, file.toString());
        assertEquals(0, ingest.exit(), ingest.err());
        return db;
    }

    @Test
    void correctsRetractsListsExplainsAndUndoes() throws Exception {
        String db = load();
        CommandRun made = CommandRun.of("correct", "--db", db, PERSON, "dip:servesCountry", "KH", "--by", "alice", "--note", "wrong country");
        assertEquals(0, made.exit(), made.err());
        List<String> lines = made.out().lines().toList();
        assertTrue(lines.get(0).matches("Recorded id:correction/[0-9a-f]{16}"), made.out());
        assertEquals("    corrected " + PERSON + " dip:servesCountry (every value) \u2192 id:country/KH", lines.get(1));
        assertEquals("    1 article changed", lines.get(2));
        String id = lines.get(0).substring("Recorded ".length());

        CommandRun again = CommandRun.of("correct", "--db", db, PERSON, "dip:servesCountry", "id:country/KH");
        assertEquals(0, again.exit(), again.err());
        assertEquals("Already recorded, nothing changed: " + id, again.out().lines().findFirst().orElseThrow());

        CommandRun offices = CommandRun.of("sparql", "--db", db, "SELECT ?c { <https://w3id.org/diplograph/id/person/hoang-minh-quan> dip:servesCountry ?c }");
        assertTrue(offices.out().contains("id:country/KH") && !offices.out().contains("id:country/VN"), offices.out());

        CommandRun events = CommandRun.of("sparql", "--db", db, "--format", "csv", "SELECT ?e { ?e a dip:Event }");
        String event = events.out().lines().filter(l -> l.contains("event/")).findFirst().orElseThrow().strip();
        CommandRun retracted = CommandRun.of("retract", "--db", db, event, "--note", "never took place");
        assertEquals(0, retracted.exit(), retracted.err());

        CommandRun listed = CommandRun.of("corrections", "--db", db);
        assertEquals(0, listed.exit(), listed.err());
        assertTrue(listed.out().contains(id + "\n    corrected " + PERSON), listed.out());
        assertTrue(listed.out().contains("    by alice on "), listed.out());
        assertTrue(listed.out().contains(": \"wrong country\"\n    changes id:article/meeting\n"), listed.out());
        assertTrue(listed.out().contains("retracted "), listed.out());

        CommandRun explained = CommandRun.of("explain", "--db", db, "meeting");
        assertTrue(explained.out().contains("Corrections made by editors"), explained.out());
        assertTrue(explained.out().contains("\"never took place\""), explained.out());

        CommandRun undone = CommandRun.of("retract", "--db", db, "--undo", id);
        assertEquals(0, undone.exit(), undone.err());
        assertEquals("Took back " + id + "; read again 1 article\n", undone.out());
        CommandRun back = CommandRun.of("sparql", "--db", db, "SELECT ?c { <https://w3id.org/diplograph/id/person/hoang-minh-quan> dip:servesCountry ?c }");
        assertTrue(back.out().contains("id:country/VN"), back.out());
        CommandRun missing = CommandRun.of("retract", "--db", db, "--undo", id);
        assertEquals(1, missing.exit());
        assertEquals("diplograph: no correction " + id + " in " + db + "\n", missing.err());
    }

    @Test
    void holdsForAnArticleGraphImportedOverTheCorrectedOne() throws Exception {
        String db = load();
        Path plain = tmp.resolve("plain.trig");
        CommandRun exported = CommandRun.of("export", "--db", db, plain.toString());
        assertEquals(0, exported.exit(), exported.err());
        assertEquals(0, CommandRun.of("correct", "--db", db, PERSON, "dip:servesCountry", "KH").exit());
        CommandRun imported = CommandRun.of("import", "--db", db, "--replace", plain.toString());
        assertEquals(0, imported.exit(), imported.err());
        CommandRun country = CommandRun.of("sparql", "--db", db, "SELECT ?c { <https://w3id.org/diplograph/id/person/hoang-minh-quan> dip:servesCountry ?c }");
        assertTrue(country.out().contains("id:country/KH") && !country.out().contains("id:country/VN"), country.out());
    }

    @Test
    void refusesWithOneClearLine() throws Exception {
        String db = load();
        for (List<String> c : List.of(
                List.of("correct", "--db", db, "id:person/nobody", "dip:servesCountry", "KH"),
                List.of("correct", "--db", db, PERSON, "dip:nonsense", "KH"),
                List.of("correct", "--db", db, PERSON, "zz:servesCountry", "KH"),
                List.of("correct", "--db", db, PERSON, "dip:servesCountry", "not a country"),
                List.of("correct", "--db", db, PERSON, "dip:confidence", "high"),
                List.of("retract", "--db", db, PERSON, "dip:servesCountry", "FR"))) {
            CommandRun r = CommandRun.of(c.toArray(String[]::new));
            assertEquals(1, r.exit(), c + ": " + r.out());
            assertEquals(1, r.err().lines().count(), c + ": " + r.err());
            assertTrue(r.err().startsWith("diplograph: "), c + ": " + r.err());
        }
        assertEquals("No corrections.\n", CommandRun.of("corrections", "--db", db).out());
    }

    @Tag("integration")
    @Test
    void correctsThroughTheServerAsTheEditorOfThePasswordFile() throws Exception {
        String db = load();
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: Long-Secret-42\n");
        try (Store store = Store.open(Path.of(db));
             DiplographServer server = DiplographServer.create().store(store).port(0).updates(passwords).build().start()) {
            CommandRun sent = CommandRun.of("correct", "--endpoint", server.datasetUrl(), "--password-file", passwords.toString(),
                    PERSON, "dip:servesCountry", "KH", "--note", "from the desk");
            assertEquals(0, sent.exit(), sent.err());
            assertTrue(sent.out().startsWith("Sent id:correction/"), sent.out());
            CommandRun listed = CommandRun.of("corrections", "--endpoint", server.queryUrl());
            assertTrue(listed.out().contains("    by editor on "), listed.out());
            assertTrue(listed.out().contains("changes id:article/meeting"), listed.out());
            CommandRun country = CommandRun.of("sparql", "--endpoint", server.queryUrl(),
                    "SELECT ?c { <https://w3id.org/diplograph/id/person/hoang-minh-quan> dip:servesCountry ?c }");
            assertTrue(country.out().contains("id:country/KH") && !country.out().contains("id:country/VN"), country.out());

            CommandRun refused = CommandRun.of("correct", "--endpoint", server.datasetUrl(), "--password-file", passwords.toString(),
                    "id:person/nobody", "dip:servesCountry", "KH");
            assertEquals(1, refused.exit());
            assertEquals("diplograph: no article states anything of id:person/nobody\n", refused.err());
        }
    }
}
