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
import org.diplograph.pipeline.Ingest;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One story, one row: stories written for these tests (invented names) are loaded by the real
 * pipeline into TDB2, and the listings show a person once whatever the spellings, an organisation
 * once whatever the languages of its labels, and an event once whatever the articles telling it.
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
            assertOneRowPerEvent(t, "participant");
            assertTrue(t.size() >= 1, "the meeting is listed");

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

    /**
     * Two stories of one conference, told in their own words (no copy of each other): one event node,
     * listed once per attendee by conferences and meetings, the two articles named on each row.
     */
    @Test
    void aConferenceTwoStoriesTellIsOneRowPerAttendee() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("conference"));
        Files.writeString(in.resolve("a.txt"), "Hanoï, 14 juin 2025 (VNA) - Le ministre vietnamien des Affaires étrangères,"
                + " Phạm Đức Lâm, a participé le 14 juin 2025 à Bangkok à la conférence ministérielle du Mékong, avec le"
                + " ministre thaïlandais des Affaires étrangères, Somchai Wattana, et le ministre laotien des Affaires"
                + " étrangères, Khamla Vongsa. Les trois ministres ont passé en revue la coopération régionale dans le"
                + " bassin du fleuve et les projets d'infrastructures communs.");
        Files.writeString(in.resolve("b.txt"), "Vientiane, 15 juin 2025 (VNA) - Le ministre laotien des Affaires étrangères,"
                + " Khamla Vongsa, a participé le 14 juin 2025 à Bangkok à la conférence ministérielle du Mékong, aux côtés"
                + " du ministre vietnamien des Affaires étrangères, Phạm Đức Lâm, et du ministre thaïlandais des Affaires"
                + " étrangères, Somchai Wattana. La réunion a adopté une déclaration commune sur la navigation fluviale.");
        try (Store store = Store.open(tmp.resolve("conference-data"))) {
            Ingest.create().store(store).build().run(List.of(in.toString()));
            ResultTable conferences = run(store, "conferences");
            assertOneRowPerEvent(conferences, "attendee");
            assertEquals(3, conferences.size(), "three attendees of one conference: " + conferences);
            ResultTable meetings = run(store, "meetings");
            assertOneRowPerEvent(meetings, "participant");
            assertEquals(3, meetings.size(), "three participants of one conference: " + meetings);
        }
    }

    /**
     * Two stories of one visit, told in their own words (no copy of each other): one event node, one
     * row of visits naming both articles.
     */
    @Test
    void aVisitTwoStoriesTellIsOneRow() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("visit"));
        Files.writeString(in.resolve("a.txt"), "Hanoï, 20 mai 2025 (VNA) - Le vice-Premier ministre vietnamien, Đoàn Minh Khôi,"
                + " a effectué du 17 au 20 mai 2025 une visite officielle au Pérou. Il a passé en revue avec ses hôtes les"
                + " échanges commerciaux et la pêche.");
        Files.writeString(in.resolve("b.txt"), "Lima, 21 mai 2025 (VNA) - Les relations entre le Vietnam et le Pérou progressent."
                + " Le vice-Premier ministre vietnamien, Đoàn Minh Khôi, a effectué du 17 au 20 mai 2025 une visite officielle"
                + " au Pérou, la première à ce niveau depuis dix ans, consacrée à l'agriculture et à l'énergie.");
        try (Store store = Store.open(tmp.resolve("visit-data"))) {
            Ingest.create().store(store).build().run(List.of(in.toString()));
            ResultTable visits = run(store, "visits");
            assertEquals(1, visits.size(), "one visit: " + visits);
            assertEquals("a, b", visits.get(0, "article").getLiteralLexicalForm(), "the articles telling it: " + visits);
            assertEquals("PE", visits.get(0, "partner").getLiteralLexicalForm());
        }
    }

    /**
     * office-on-date: one row per holding. A minister dated stories spell with and without
     * diacritics is named once (accents win), and an organisation with a French and an English label
     * (the European Union of the reference tables) once, by its French label. The visit and the
     * meeting he took part in name him once too.
     */
    @Test
    void officeOnDateIsOneRowPerHolding() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("dated"));
        Files.writeString(in.resolve("a.txt"), "Hanoï, 3 mars 2025 (VNA) - Le ministre vietnamien des Affaires étrangères,"
                + " Trần Quốc Bảo, a reçu le 3 mars à Hanoï l'ambassadrice et cheffe de la délégation de l'Union européenne"
                + " au Vietnam, Ingrid Halvorsen. Les deux parties ont passé en revue la coopération entre le Vietnam et"
                + " l'Union européenne.");
        Files.writeString(in.resolve("b.txt"), "Santiago, 9 avril 2025 (VNA) - Le ministre vietnamien des Affaires étrangères,"
                + " Tran Quoc Bao, a rencontré le 8 avril à Santiago la ministre chilienne de l'Économie, Carla Moreno."
                + " Ils ont discuté du commerce entre les deux pays.");
        Files.writeString(in.resolve("c.txt"), "Santiago, 12 avril 2025 (VNA) - Le ministre vietnamien des Affaires"
                + " étrangères, Tran Quoc Bao, a effectué du 10 au 12 avril 2025 une visite officielle au Chili, à"
                + " l'invitation de la ministre chilienne des Affaires étrangères, Lucía Herrera, qui l'a reçu à Santiago.");
        try (Store store = Store.open(tmp.resolve("dated-data"))) {
            Ingest.create().store(store).build().run(List.of(in.toString()));
            for (String date : List.of("2025-03-31", "2025-12-31")) {
                ResultTable t = run(store, "office-on-date", "country=VN", "date=" + date);
                Map<String, String> names = new TreeMap<>();
                Map<String, String> bodies = new TreeMap<>();
                Set<String> holdings = new HashSet<>();
                for (int i = 0; i < t.size(); i++) {
                    String person = t.get(i, "person").getURI();
                    assertTrue(holdings.add(person + " | " + t.get(i, "title") + " | " + t.get(i, "article")),
                            date + ": a holding twice: " + t);
                    names.put(person, t.get(i, "name").getLiteralLexicalForm());
                    if (t.get(i, "organization") != null) bodies.put(person, t.get(i, "organization").getLiteralLexicalForm());
                }
                assertEquals("Trần Quốc Bảo", names.get(Vocab.ID + "person/tran-quoc-bao"), date + ": " + t);
                assertEquals("Union européenne", bodies.get(Vocab.ID + "person/ingrid-halvorsen"), date + ": " + t);
                assertEquals(2, t.size(), date + ": one holding each: " + t);
            }
            // visits and person-events name him once too, by the same spelling
            ResultTable visits = run(store, "visits");
            assertEquals(1, visits.size(), "one visit, one visitor: " + visits);
            assertEquals("Trần Quốc Bảo", visits.get(0, "visitor").getLiteralLexicalForm());
            ResultTable met = run(store, "person-events", "person=id:person/carla-moreno");
            assertEquals(1, met.size(), "one meeting: " + met);
            assertEquals("Trần Quốc Bảo", met.get(0, "others").getLiteralLexicalForm());

            // offices names the organisation once too, by its French label
            ResultTable offices = run(store, "offices", "country=VN");
            for (int i = 0; i < offices.size(); i++) {
                if (offices.get(i, "person").getURI().endsWith("/ingrid-halvorsen")) {
                    assertEquals("Union européenne", offices.get(i, "organization").getLiteralLexicalForm());
                }
            }
        }
    }

    private static ResultTable run(Store store, String name, String... params) {
        CannedQuery q = Catalogue.load().get(name);
        return QueryRunner.local(store.dataset()).run(q, Params.parse(q, List.of(params)));
    }

    /** Each event once per {@code who} (or once without), every row naming both articles "a, b". */
    private static void assertOneRowPerEvent(ResultTable t, String who) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            String key = t.get(i, "event").getURI() + " | " + t.get(i, who);
            assertTrue(seen.add(key), "an event's " + who + " twice: " + key + " in " + t);
            assertEquals("a, b", t.get(i, "article").getLiteralLexicalForm(), "the articles telling it: " + t);
        }
    }

    @Test
    void officeOnDateGivesAHoldingWithoutOrganisationNoOrganisation() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // the vice-Premier ministre is named without a body; the minister of the other story with one
        Files.writeString(in.resolve("a.txt"), "Hanoï, 3 mars 2024 (VNA) - Le vice-Premier ministre vietnamien Phạm Minh Khôi"
                + " a reçu mardi à Hanoï l'ambassadeur du Chili au Vietnam, Rodrigo Fuentealba."
                + " Les deux parties ont passé en revue la coopération bilatérale.");
        Files.writeString(in.resolve("b.txt"), "Santiago, 9 avril 2024 (VNA) - Le ministre vietnamien des Affaires étrangères,"
                + " Trần Quốc Bảo, a rencontré jeudi à Santiago la ministre chilienne de l'Économie, Carla Moreno."
                + " Ils ont discuté du commerce entre les deux pays.");
        try (Store store = Store.open(tmp.resolve("data"))) {
            Ingest.create().store(store).build().run(List.of(in.toString()));
            CannedQuery q = Catalogue.load().get("office-on-date");
            ResultTable t = QueryRunner.local(store.dataset()).run(q, Params.parse(q, List.of("country=VN", "date=2030-01-01")));
            Map<String, String> organisations = new TreeMap<>();
            for (int i = 0; i < t.size(); i++) {
                String person = t.get(i, "person").getURI();
                String body = t.get(i, "organization") == null ? "" : t.get(i, "organization").getLiteralLexicalForm();
                assertEquals(null, organisations.put(person, body), "a second row for " + person + ": " + body);
            }
            // before, the holding without a body joined the name of every body of the country's rows
            assertEquals(Map.of(Vocab.ID + "person/pham-minh-khoi", "",
                    Vocab.ID + "person/tran-quoc-bao", "Ministère des Affaires étrangères"), organisations);
        }
    }
}
