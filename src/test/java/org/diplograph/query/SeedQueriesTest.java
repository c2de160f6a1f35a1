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
import org.diplograph.pipeline.Ingest;
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
            assertEquals(1, Integer.parseInt(text(t, i, "articles")), "000 repeats 001: the story counts once");
            assertEquals(5, Integer.parseInt(text(t, i, "events")), "a visit and four meetings, counted once");
        }
    }

    @Test
    void oneJapanVietnamAgreementDatedSeventhOfAugustInOneRow() {
        ResultTable t = run("agreements");
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if ("JP, VN".equals(text(t, i, "parties"))) dates.add(text(t, i, "date"));
        }
        assertEquals(List.of("--08-07"), dates, "one row for the agreement both copies of the story tell");
        for (int i = 0; i < t.size(); i++) {
            if ("JP, VN".equals(text(t, i, "parties"))) {
                assertEquals("000_babf39bc84280e7e, 001_04a527d0d29b2ca9", text(t, i, "articles"), "its copies listed with it");
            }
        }
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

    static List<String> column(ResultTable t, String column) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) out.add(text(t, i, column));
        return out;
    }

    @Test
    void theNetworkHoldsTheThreePairsOfTheStoriesJapanVietnamHeaviest() {
        ResultTable t = run("network");
        Set<String> pairs = new TreeSet<>();
        for (int i = 0; i < t.size(); i++) pairs.add(text(t, i, "a") + "-" + text(t, i, "b"));
        assertEquals(Set.of("BY-VN", "JP-VN", "LA-VN"), pairs, "the conference makes no pair");
        assertEquals("JP", text(t, 0, "a"));
        assertEquals("Japon", text(t, 0, "aLabel"));
    }

    @Test
    void theGluedCopyIsTheOnlyDuplicate() {
        ResultTable t = run("duplicates");
        assertEquals(List.of("000_babf39bc84280e7e"), column(t, "key"));
        assertEquals("001_04a527d0d29b2ca9", text(t, 0, "originalKey"));
        ResultTable sources = run("sources");
        assertEquals(List.of("seeds"), column(sources, "source"));
        assertEquals(List.of("5"), column(sources, "articles"));
        assertEquals(List.of("1"), column(sources, "copies"));
    }

    @Test
    void theJakartaConferenceAndWhoAttended() {
        ResultTable t = run("conferences");
        assertEquals(Set.of("003_102ef6e322b1fea5"), Set.copyOf(column(t, "article")));
        assertEquals(Set.of("2021-11-16"), Set.copyOf(column(t, "date")));
        assertEquals(Set.of("Jakarta"), Set.copyOf(column(t, "place")));
        assertEquals(Set.of("ID, VN"), Set.copyOf(column(t, "countries")));
        assertEquals(Set.of("Bui Thanh Son", "Retno Marsudi"), Set.copyOf(column(t, "name")));
        for (int i = 0; i < t.size(); i++) {
            assertEquals("Bui Thanh Son".equals(text(t, i, "name")) ? "VN" : "ID", text(t, i, "country"));
        }
    }

    @Test
    void theForeignMinisterOnTheDayOfTheConference() {
        // no seed has a publication date: the conference's full date is the article's reference date
        ResultTable t = run("office-on-date", "date=2021-11-16");
        assertEquals(List.of("Bui Thanh Son"), column(t, "name"));
        assertEquals("ministre des Affaires étrangères", text(t, 0, "title"));
        assertEquals("2021-11-16", text(t, 0, "statedOn"));
        assertEquals(0, run("office-on-date", "date=2021-11-15").size(), "nothing is stated before");
    }

    @Test
    void oneVisitOutOfVietnamToJapanTheCopyLeftOut() {
        ResultTable t = run("visits");
        assertEquals(1, t.size());
        assertEquals("out", text(t, 0, "direction"));
        assertEquals("JP", text(t, 0, "partner"));
        assertEquals("Mai Tien Dung", text(t, 0, "visitor"));
        assertEquals("--08-05", text(t, 0, "date"));
        assertEquals("--08-07", text(t, 0, "end"));
        assertEquals(List.of("in"), column(run("visits", "country=JP"), "direction"));
    }

    @Test
    void twoAgreementsOfVietnamOnEGovernmentEachStoryOnce() {
        ResultTable t = run("agreement-stats");
        int total = 0;
        for (int i = 0; i < t.size(); i++) total += Integer.parseInt(text(t, i, "agreements"));
        assertEquals(2, total, "JP-VN once though two copies tell it, and LA-VN");
        assertTrue(column(t, "year").contains("2017"), "the LA-VN memorandum of April 2017");
        assertEquals(Set.of("protocole d'accord"), Set.copyOf(column(t, "type")));
        ResultTable topics = run("pair-topics");
        Set<String> eGovernment = new TreeSet<>();
        for (int i = 0; i < topics.size(); i++) {
            if ("gouvernement électronique".equals(text(topics, i, "label"))) eGovernment.add(text(topics, i, "a") + "-" + text(topics, i, "b"));
        }
        assertEquals(Set.of("JP-VN", "LA-VN"), eGovernment);
    }

    @Test
    void vietnameseMinistriesMetTheirJapaneseAndIndonesianCounterparts() {
        ResultTable t = run("ministries");
        Set<String> links = new TreeSet<>();
        for (int i = 0; i < t.size(); i++) links.add(text(t, i, "ministry") + " > " + text(t, i, "counterpart"));
        String org = "https://w3id.org/diplograph/id/org/";
        // the head of the Government Office met the Japanese vice-minister for foreign affairs
        assertTrue(links.contains(org + "vn/bureau-du-gouvernement > " + org + "jp/ministere-des-affaires-etrangeres"), links.toString());
        // the two foreign ministers at the conference
        assertTrue(links.contains(org + "vn/ministere-des-affaires-etrangeres > " + org + "id/ministere-des-affaires-etrangeres"), links.toString());
    }
}
