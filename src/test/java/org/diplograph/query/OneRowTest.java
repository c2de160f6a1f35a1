package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.diplograph.rdf.Vocab;
import org.diplograph.store.Ingest;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One person, one name: two stories written for this test spell one minister with and without
 * diacritics; loaded by the real pipeline into TDB2, the office listing names him once, by the
 * spelling with diacritics, and repeats no row.
 */
class OneRowTest {
    @TempDir Path tmp;

    @Test
    void officesNameAPersonOnceWhateverTheSpellingsAndRepeatNoRow() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Hanoï, 3 mars (VNA) - Le ministre vietnamien des Affaires étrangères,"
                + " Trần Quốc Bảo, a reçu mardi à Hanoï l'ambassadeur du Chili au Vietnam, Rodrigo Fuentealba."
                + " Les deux parties ont passé en revue la coopération bilatérale.");
        Files.writeString(in.resolve("b.txt"), "Santiago, 9 avril (VNA) - Le ministre vietnamien des Affaires étrangères,"
                + " Tran Quoc Bao, a rencontré jeudi à Santiago la ministre chilienne de l'Économie, Carla Moreno."
                + " Ils ont discuté du commerce entre les deux pays.");
        try (Store store = Store.open(tmp.resolve("data"))) {
            Ingest.create().store(store).build().run(List.of(in.toString()));
            CannedQuery q = Catalogue.load().get("offices");
            ResultTable t = QueryRunner.local(store.dataset()).run(q, Params.parse(q, List.of("country=VN")));
            Map<String, Set<String>> names = new TreeMap<>();
            Set<String> rows = new HashSet<>();
            for (int i = 0; i < t.size(); i++) {
                String person = t.get(i, "person").getURI();
                names.computeIfAbsent(person, k -> new TreeSet<>()).add(t.get(i, "name").getLiteralLexicalForm());
                assertTrue(rows.add(person + " | " + t.get(i, "title") + " | " + t.get(i, "article")), "a row twice: " + person);
            }
            assertEquals(Set.of("Trần Quốc Bảo"), names.get(Vocab.ID + "person/tran-quoc-bao"), names.toString());
            names.forEach((person, spellings) -> assertEquals(1, spellings.size(), person + " under " + spellings));
            assertEquals(2, rows.stream().filter(r -> r.contains("tran-quoc-bao")).count(), "one holding per article: " + rows);

            // the meetings name him once too, by the same spelling, in each article's rows
            CannedQuery meetings = Catalogue.load().get("meetings");
            ResultTable m = QueryRunner.local(store.dataset()).run(meetings, Params.parse(meetings, List.of()));
            Set<String> spellings = new TreeSet<>();
            Set<String> meetingRows = new HashSet<>();
            for (int i = 0; i < m.size(); i++) {
                if (m.get(i, "participant") == null) continue;
                String name = m.get(i, "participant").getLiteralLexicalForm();
                if (name.contains("Bảo") || name.contains("Bao")) spellings.add(name);
                assertTrue(meetingRows.add(m.get(i, "event") + " | " + m.get(i, "article") + " | " + name), "a row twice: " + name);
            }
            assertEquals(Set.of("Trần Quốc Bảo"), spellings, "meetings: " + meetingRows);
        }
    }

    @Test
    void aMeetingToldByTwoCopiesRepeatsNoRowOfMeetings() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("copies"));
        String story = "Hanoï, 12 mai 2025 (VNA) - Le vice-ministre vietnamien des Affaires étrangères, Đỗ Minh Khôi,"
                + " a rencontré le 11 mai à Hanoï le ministre chilien du Commerce, Pablo Ibarra."
                + " Les deux responsables ont évoqué les échanges commerciaux entre le Vietnam et le Chili.";
        Files.writeString(in.resolve("a.txt"), story);
        Files.writeString(in.resolve("b.txt"), story + " Le Chili est un partenaire important du Vietnam en Amérique latine.");
        try (Store store = Store.open(tmp.resolve("copies-data"))) {
            Ingest.create().store(store).build().run(List.of(in.toString()));
            CannedQuery q = Catalogue.load().get("meetings");
            ResultTable t = QueryRunner.local(store.dataset()).run(q, Params.parse(q, List.of()));
            Set<String> rows = new HashSet<>();
            Set<String> articles = new TreeSet<>();
            for (int i = 0; i < t.size(); i++) {
                StringBuilder row = new StringBuilder();
                for (String c : t.columns()) row.append(t.get(i, c)).append(" | ");
                assertTrue(rows.add(row.toString()), "a row twice: " + row);
                articles.add(t.get(i, "article").getLiteralLexicalForm());
            }
            assertEquals(Set.of("a", "b"), articles, "the meeting is listed from each article telling it: " + rows);

            // the pair's timeline: one row per item, the articles telling it listed with it
            CannedQuery timeline = Catalogue.load().get("pair-timeline");
            ResultTable items = QueryRunner.local(store.dataset()).run(timeline, Params.parse(timeline, List.of("a=VN", "b=CL")));
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                assertTrue(seen.add(items.get(i, "item").getURI()), "an item twice: " + items.get(i, "item"));
                assertEquals(Set.of("a", "b"), Set.of(items.get(i, "article").getLiteralLexicalForm().split(", ")));
            }
            assertTrue(items.size() >= 1, "the meeting is on the pair's timeline");
        }
    }
}
