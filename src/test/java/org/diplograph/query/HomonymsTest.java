package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QueryFactory;
import org.diplograph.rdf.Vocab;
import org.diplograph.pipeline.Ingest;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person once across spellings, but not across people. Stories written for this test, loaded by
 * the real pipeline into TDB2: two namesakes whose names fold alike (Hùng, Hưng) serve the same
 * country in other offices and stay two persons, linked as homonyms; one official spelled with and
 * without accents, in the same country, is one person with both spellings kept, and each article's
 * facts name it as that article spells it.
 */
class HomonymsTest {
    private static final String HUNG_GRAVE = "Nguyễn Văn Hùng";
    private static final String HUNG_HORN = "Nguyễn Văn Hưng";

    @TempDir Path tmp;

    @Test
    void namesakesInOtherOfficesStayTwoAndOneOfficialSpelledTwiceIsOne() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Hanoï, 3 mars (VNA) - Le ministre vietnamien de l'Industrie, "
                + HUNG_GRAVE + ", a reçu mardi à Hanoï l'ambassadeur du Chili au Vietnam, Rodrigo Fuentealba."
                + " Le vice-ministre vietnamien des Affaires étrangères, Lê Hoài Trung, était présent.");
        Files.writeString(in.resolve("b.txt"), "Santiago, 9 avril (VNA) - Le gouverneur de la Banque d'État du Vietnam, "
                + HUNG_HORN + ", a rencontré jeudi à Santiago la ministre chilienne de l'Économie, Carla Moreno."
                + " Le vice-ministre vietnamien des Affaires étrangères, Le Hoai Trung, a assisté à la rencontre.");
        try (Store store = Store.open(tmp.resolve("data"))) {
            Ingest.create().store(store).build().run(List.of(in.toString()));
            QueryRunner runner = QueryRunner.local(store.dataset());
            Map<String, Set<String>> labels = labels(runner);

            String plain = Vocab.ID + "person/nguyen-van-hung";
            List<String> hungs = labels.keySet().stream().filter(p -> p.startsWith(plain)).toList();
            assertEquals(2, hungs.size(), "two namesakes: " + labels);
            assertNotEquals(labels.get(hungs.get(0)), labels.get(hungs.get(1)));
            for (String p : hungs) assertEquals(1, labels.get(p).size(), p + " under " + labels.get(p));
            assertEquals(1, runner.select(QueryFactory.create("PREFIX dip: <" + org.diplograph.rdf.DIP.NS + ">"
                    + " SELECT ?a ?b { ?a dip:homonymOf ?b }")).size(), "the one told apart names the other");

            String trung = Vocab.ID + "person/le-hoai-trung";
            assertEquals(Set.of("Lê Hoài Trung", "Le Hoai Trung"), labels.get(trung), "one person, both spellings: " + labels);
            assertEquals(1, labels.keySet().stream().filter(p -> p.startsWith(trung)).count());
            // each article's facts name the person as that article spells it, whichever spelling the dataset holds first
            Map<String, List<String>> named = new TreeMap<>();
            for (org.diplograph.export.ArticleFacts f : org.diplograph.export.FactsExport.create(runner).facts()) {
                named.put(f.article(), f.persons().stream().map(org.diplograph.export.ArticleFacts.Person::name).toList());
            }
            assertTrue(named.get("a").contains("Lê Hoài Trung") && !named.get("a").contains("Le Hoai Trung"), named.toString());
            assertTrue(named.get("b").contains("Le Hoai Trung") && !named.get("b").contains("Lê Hoài Trung"), named.toString());

            CannedQuery offices = Catalogue.load().get("offices");
            ResultTable t = runner.run(offices, Params.parse(offices, List.of("country=VN")));
            Map<String, Set<String>> names = new TreeMap<>();
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                String person = t.get(i, "person").getURI();
                names.computeIfAbsent(person, k -> new TreeSet<>()).add(t.get(i, "name").getLiteralLexicalForm());
                rows.add(person + " | " + t.get(i, "article"));
            }
            assertEquals(Set.of("Lê Hoài Trung"), names.get(trung), "named once, by the spelling with accents");
            assertTrue(names.keySet().containsAll(hungs), "both namesakes hold an office: " + names);
            names.forEach((person, spellings) -> assertEquals(1, spellings.size(), person + " under " + spellings));
            assertEquals(new TreeSet<>(rows).size(), rows.size(), "no row twice: " + rows);

            // extracted again, every article finds the same persons: the IRIs are stable
            Ingest.create().store(store).build().reextract();
            assertEquals(labels, labels(runner));
        }
    }

    @Test
    void namesakesOfTwoCountriesStayTwoInWhicheverOrderTheyCome() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // the later file (by name) is read second: here the namesake with accents comes second
        Files.writeString(in.resolve("a.txt"), "Vientiane, 5 mai (VNA) - Le ministre laotien de l'Agriculture, Phan Văn Hưng,"
                + " a reçu vendredi à Vientiane une délégation du Cambodge.");
        Files.writeString(in.resolve("b.txt"), "Hanoï, 6 mai (VNA) - Le ministre vietnamien de l'Agriculture, Phan Văn Hùng,"
                + " a reçu samedi à Hanoï une délégation du Japon.");
        try (Store store = Store.open(tmp.resolve("data"))) {
            Ingest.create().store(store).build().run(List.of(in.toString()));
            Map<String, Set<String>> labels = labels(QueryRunner.local(store.dataset()));
            List<String> phans = labels.keySet().stream().filter(p -> p.startsWith(Vocab.ID + "person/phan-van-hung")).toList();
            assertEquals(2, phans.size(), "one per country: " + labels);
            assertTrue(phans.contains(Vocab.ID + "person/phan-van-hung"), "the first keeps the plain IRI: " + phans);
        }
    }

    /** Every person's labels, across the article graphs. */
    private static Map<String, Set<String>> labels(QueryRunner runner) {
        var table = runner.select(QueryFactory.create("PREFIX dip: <" + org.diplograph.rdf.DIP.NS + ">"
                + " PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                + " SELECT ?p ?l { ?p a dip:Person ; rdfs:label ?l }"));
        Map<String, Set<String>> out = new TreeMap<>();
        for (int i = 0; i < table.size(); i++) {
            out.computeIfAbsent(table.get(i, "p").getURI(), k -> new TreeSet<>()).add(table.get(i, "l").getLiteralLexicalForm());
        }
        return out;
    }
}
