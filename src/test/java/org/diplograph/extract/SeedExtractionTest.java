package org.diplograph.extract;

import static org.diplograph.extract.FrenchProseTest.assertSpan;
import static org.diplograph.extract.FrenchProseTest.event;
import static org.diplograph.extract.FrenchProseTest.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diplograph.rdf.ReferenceTables;
import org.diplograph.article.SourceDoc;
import org.diplograph.article.SourceReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample pages, with expectations written by hand from the hand-made answers for them: what a
 * reader of each story finds, checked fact by fact.
 */
class SeedExtractionTest {
    static final Map<String, Facts.Article> SEEDS = new TreeMap<>();
    static final Map<String, String> TEXT = new TreeMap<>();

    @BeforeAll
    static void extract() {
        Extractor x = ReferenceTables.load().extractor();
        SourceReader reader = new SourceReader((origin, message) -> {
            throw new AssertionError(origin + ": " + message);
        });
        for (Path f : reader.files(List.of("seeds"))) {
            reader.read(f, doc -> {
                SEEDS.put(doc.key().substring(0, 3), x.extract(doc));
                TEXT.put(doc.key().substring(0, 3), doc.text());
            });
        }
        assertEquals(5, SEEDS.size());
    }

    @Test
    void tokyoSigningOfAnEGovernmentMemorandum() {
        for (String k : List.of("000", "001")) {
            Facts.Article a = SEEDS.get(k);
            assertEquals(List.of("JP", "VN"), a.countries(), k);
            assertEquals(1, a.pairs().size(), k);
            assertEquals("partenariat stratégique élargi", a.pairs().get(0).framework(), k);
            assertEquals(1, a.agreements().size(), k);
            Facts.Agreement g = a.agreements().get(0);
            assertEquals("protocole d'accord", g.type());
            assertEquals(List.of("JP", "VN"), g.parties());
            assertEquals("--08-07", g.date().lexical());
            assertEquals("Tokyo", g.place().name());
            assertEquals("e-government", g.topic());
            assertEquals(List.of("mai-tien-dung", "masatoshi-ishida"), g.signatories().stream().sorted().toList(), k);
            assertEquals("VN", person(a, "Mai Tien Dung").country());
            assertEquals("JP", person(a, "Masatoshi Ishida").country());
            assertEquals("JP", person(a, "Toshiko Abe").country());
            Facts.Event visit = event(a, "visit", "Mai Tien Dung");
            assertEquals("--08-05", visit.date().lexical());
            assertEquals("--08-07", visit.end().lexical());
            for (String other : List.of("Yoshihide Suga", "Toshihiro Nikai", "Toshiko Abe", "Shinichi Kitaoka")) {
                Facts.Event m = event(a, "meeting", "Mai Tien Dung", other);
                assertEquals(a.events().indexOf(visit), m.partOf(), "the meeting with " + other + " is part of the visit");
            }
            assertTrue(a.orgs().stream().anyMatch(o -> "JICA".equals(o.acronym()) && "JP".equals(o.country())
                    && o.kind().equals("agency")), k);
            assertTrue(a.orgs().stream().anyMatch(o -> "PCV".equals(o.acronym()) && "VN".equals(o.country())
                    && o.kind().equals("party")), k);
        }
    }

    @Test
    void theGluedCopyIsRecognisedAsTheSameStory() {
        Facts.Article glued = SEEDS.get("000");
        Facts.Article clean = SEEDS.get("001");
        assertTrue(org.diplograph.resolve.Fingerprint.similarity(org.diplograph.resolve.Fingerprint.of(glued.story()), org.diplograph.resolve.Fingerprint.of(clean.story())) >= 0.9);
        assertTrue(glued.repairs() > clean.repairs());
        for (String k : List.of("002", "003", "004")) {
            assertTrue(org.diplograph.resolve.Fingerprint.similarity(org.diplograph.resolve.Fingerprint.of(clean.story()),
                    org.diplograph.resolve.Fingerprint.of(SEEDS.get(k).story())) < 0.3);
        }
    }

    @Test
    void vientianeInaugurationCeremony() {
        Facts.Article a = SEEDS.get("002");
        assertEquals(List.of("LA", "VN"), a.countries());
        Facts.Event c = event(a, "ceremony", "Thansamay Kommasith");
        assertEquals("--03-15", c.date().lexical(), "Friday 15 March: no stated year has a Friday 15 March");
        assertEquals("Vientiane", c.place().name());
        Facts.Agreement g = a.agreements().get(0);
        assertEquals("2017-04", g.date().lexical());
        assertEquals(List.of("LA", "VN"), g.parties());
        assertTrue(a.orgs().stream().anyMatch(o -> "VNPT".equals(o.acronym()) && "VN".equals(o.country())
                && o.kind().equals("company")));
        assertTrue(a.persons().stream().noneMatch(p -> p.name().contains("Ramla")), "teasers are other stories");
    }

    @Test
    void jakartaConferenceMakesNoPair() {
        Facts.Article a = SEEDS.get("003");
        assertEquals(List.of("ID", "VN"), a.countries());
        assertTrue(a.pairs().isEmpty());
        Facts.Event c = event(a, "conference", "Bui Thanh Son", "Retno Marsudi");
        assertEquals("2021-11-16", c.date().lexical(), "ICDD 2021 and Tuesday 16 November agree on 2021");
        assertEquals("Jakarta", c.place().name());
        assertEquals("ID", person(a, "Retno Marsudi").country());
        assertEquals(2, a.persons().size(), "Mme Retno is Retno Marsudi: " + a.persons());
    }

    @Test
    void hanoiMeetingWithABelarusDelegation() {
        Facts.Article a = SEEDS.get("004");
        assertEquals(List.of("BY", "VN"), a.countries());
        Facts.Event m = event(a, "meeting", "Huynh Ngoc Son", "Vitaly Busko");
        assertNull(m.date(), "a bare Tuesday and no publication date: no date");
        assertEquals("Hanoi", m.place().name());
        assertEquals("BY", person(a, "Vitaly Busko").country());
        assertTrue(a.agreements().isEmpty(), "cited conventions are not signed agreements");
    }

    @Test
    void everyEvidenceSpanPointsIntoItsSource() throws IOException {
        for (Map.Entry<String, Facts.Article> e : SEEDS.entrySet()) {
            String src = TEXT.get(e.getKey());
            Facts.Article a = e.getValue();
            a.persons().forEach(p -> assertSpan(src, p.evidence()));
            a.persons().forEach(p -> p.offices().forEach(o -> assertSpan(src, o.evidence())));
            a.orgs().forEach(o -> assertSpan(src, o.evidence()));
            a.events().forEach(x -> assertSpan(src, x.evidence()));
            a.agreements().forEach(x -> assertSpan(src, x.evidence()));
        }
        assertTrue(Files.isDirectory(Path.of("seeds")));
    }

}
