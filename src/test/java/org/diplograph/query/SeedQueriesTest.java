package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.diplograph.export.FactsExport;
import org.diplograph.store.Ingest;
import org.diplograph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The canned queries and the facts export on the seeds, loaded by the real pipeline into a real
 * TDB2 dataset. Expectations are written by hand from the hand-made answers for the seeds.
 */
class SeedQueriesTest {
    @TempDir static Path tmp;
    static Store store;
    static QueryRunner runner;

    @BeforeAll
    static void load() {
        store = Store.open(tmp.resolve("data"));
        Ingest.create().store(store).build().run(List.of("seeds"));
        runner = QueryRunner.local(store.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static ResultTable run(String query, String... params) {
        CannedQuery q = Catalogue.load().get(query);
        return runner.run(q, Params.parse(q, List.of(params)));
    }

    static String text(ResultTable t, int row, String column) {
        return t.get(row, column) == null ? null
                : t.get(row, column).isLiteral() ? t.get(row, column).getLiteralLexicalForm() : t.get(row, column).getURI();
    }

    @Test
    void partnersOfVietnamIncludeJapanLaosAndBelarus() {
        ResultTable t = run("partners");
        Set<String> codes = new TreeSet<>();
        for (int i = 0; i < t.size(); i++) codes.add(text(t, i, "code"));
        assertTrue(codes.containsAll(List.of("JP", "LA", "BY")), codes.toString());
        assertTrue(!codes.contains("ID"), "a conference makes no pair: " + codes);
        for (int i = 0; i < t.size(); i++) {
            if (!"JP".equals(text(t, i, "code"))) continue;
            assertTrue(Integer.parseInt(text(t, i, "agreements")) >= 1);
            assertTrue(Integer.parseInt(text(t, i, "articles")) >= 2, "000 and 001 are both about JP-VN");
        }
    }

    @Test
    void oneJapanVietnamAgreementDatedSeventhOfAugust() {
        ResultTable t = run("agreements");
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if ("JP, VN".equals(text(t, i, "parties"))) dates.add(text(t, i, "date"));
        }
        assertTrue(dates.contains("--08-07"), dates.toString());
        ResultTable timeline = run("pair-timeline", "a=VN", "b=JP");
        boolean agreement = false;
        for (int i = 0; i < timeline.size(); i++) {
            agreement |= "agreement".equals(text(timeline, i, "what")) && "--08-07".equals(text(timeline, i, "date"));
        }
        assertTrue(agreement, "the pair's timeline shows the agreement");
    }

    @Test
    void countriesOfTheStories() {
        ResultTable t = run("countries");
        Set<String> codes = new TreeSet<>();
        for (int i = 0; i < t.size(); i++) codes.add(text(t, i, "code"));
        assertTrue(codes.containsAll(List.of("BY", "ID", "JP", "LA", "VN")), codes.toString());
    }

    @Test
    void exportMarksTheGluedCopyAndGivesNoPairForTheConference() throws IOException {
        Path out = tmp.resolve("facts");
        FactsExport.create(runner).write(out);
        ObjectMapper json = new ObjectMapper();
        try (var files = Files.list(out)) {
            assertEquals(5, files.count());
        }
        JsonNode glued = json.readTree(out.resolve("000_babf39bc84280e7e.json").toFile());
        assertEquals("001_04a527d0d29b2ca9", glued.get("duplicate_of").asText());
        JsonNode clean = json.readTree(out.resolve("001_04a527d0d29b2ca9.json").toFile());
        assertTrue(clean.get("duplicate_of").isNull());
        JsonNode conference = json.readTree(out.resolve("003_102ef6e322b1fea5.json").toFile());
        assertEquals(0, conference.get("pairs").size());
        JsonNode meeting = conference.get("meetings").get(0);
        assertEquals("conference", meeting.get("kind").asText());
        assertEquals("2021-11-16", meeting.get("date").asText());
        JsonNode agreement = clean.get("agreements").get(0);
        assertEquals("--08-07", agreement.get("date").asText());
        assertEquals("Tokyo", agreement.get("place").asText());
        assertNull(clean.get("agreements").get(1));
    }
}
