package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The source table of international organisations ({@code src/build/organisations.tsv}) and the
 * generated {@code ontology/organisations.ttl} agree both ways, every row says where it was read,
 * and the bodies French wire stories name most are there.
 */
class OrganisationTableTest {
    static final Path TABLE = Path.of("src/build/organisations.tsv");
    static final List<String> FIELDS = List.of("slug", "name_fr", "acronyms_fr", "name_en", "acronyms_en", "other_fr",
            "code", "sources", "note");

    record Row(String slug, String nameFr, List<String> acronymsFr, String nameEn, List<String> acronymsEn,
               List<String> otherFr, String code, List<String> sources, String note) {}

    static List<Row> rows;
    static Map<String, ReferenceTables.Organisation> nodes;

    @BeforeAll
    static void read() throws IOException {
        rows = new ArrayList<>();
        boolean header = false;
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
            if (!header) {
                assertEquals(FIELDS, cells, "the table's header");
                header = true;
                continue;
            }
            assertEquals(FIELDS.size(), cells.size(), line);
            rows.add(new Row(cells.get(0), cells.get(1), list(cells.get(2)), cells.get(3), list(cells.get(4)),
                    list(cells.get(5)), cells.get(6), Arrays.stream(cells.get(7).split(" ")).filter(s -> !s.isEmpty()).toList(),
                    cells.get(8)));
        }
        nodes = new HashMap<>();
        for (ReferenceTables.Organisation o : ReferenceTables.load().organisations()) nodes.put(o.iri(), o);
    }

    static List<String> list(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String iri(Row r) {
        return Iris.org("int/" + r.slug());
    }

    @Test
    void everyRowIsANodeWithItsNamesAcronymsAndSources() {
        for (Row r : rows) {
            ReferenceTables.Organisation o = nodes.get(iri(r));
            assertNotNull(o, r.slug() + " has no node in organisations.ttl: regenerate it with src/build/organisations.py");
            assertEquals(r.nameFr(), o.nameFr(), r.slug());
            assertEquals(r.nameEn().isEmpty() ? null : r.nameEn(), o.nameEn(), r.slug());
            assertEquals(r.acronymsFr().stream().sorted().toList(), o.acronyms(), r.slug());
            assertEquals(r.otherFr().stream().sorted().toList(), o.otherNames(), r.slug());
            assertEquals(r.sources().stream().sorted().toList(), o.sources(), r.slug());
        }
    }

    @Test
    void everyNodeIsARow() {
        Set<String> fromRows = rows.stream().map(OrganisationTableTest::iri).collect(Collectors.toSet());
        Set<String> extra = new TreeSet<>(nodes.keySet());
        extra.removeAll(fromRows);
        assertEquals(Set.of(), extra, "nodes of organisations.ttl that no row of the table gives");
        assertEquals(rows.size(), nodes.size());
    }

    @Test
    void everyRowSaysWhereItWasRead() {
        for (Row r : rows) {
            assertFalse(r.sources().isEmpty(), r.slug() + " has no source");
            for (String url : r.sources()) {
                assertTrue(url.startsWith("https://") || url.startsWith("http://"), r.slug() + ": " + url);
            }
            assertFalse(r.note().isEmpty(), r.slug() + " says nothing of its sources");
        }
    }

    @Test
    void theSlugIsTheSlugOfTheFrenchNameSoAnArticlesKeyIsTheReferenceIri() {
        for (Row r : rows) assertEquals(Iris.slug(r.nameFr()), r.slug(), r.nameFr());
    }

    @Test
    void noFrenchNameIsGivenToTwoBodies() {
        Map<String, String> owner = new TreeMap<>();
        for (Row r : rows) {
            List<String> names = new ArrayList<>(r.otherFr());
            names.add(r.nameFr());
            for (String n : names) {
                String before = owner.put(Iris.slug(n), r.slug());
                assertTrue(before == null || before.equals(r.slug()), n + ": " + before + " and " + r.slug());
            }
        }
    }

    @Test
    void theBodiesFrenchWireStoriesNameMostAreThere() {
        Set<String> acronyms = rows.stream().flatMap(r -> r.acronymsFr().stream()).collect(Collectors.toSet());
        for (String a : List.of("ONU", "UNESCO", "OMS", "FAO", "OIT", "PNUD", "UNICEF", "HCR", "PAM", "OMC", "FMI",
                "AIEA", "OMI", "OACI", "UIT", "ONUDI", "CNUCED", "UE", "UA", "ASEAN", "AIPA", "CEDEAO", "UEMOA", "CEEAC",
                "CEMAC", "OIF", "OPEP", "OTAN", "OCI", "OCS", "BRICS", "APEC", "ASEM", "CEI", "OCDE", "G7", "G20", "BAD",
                "BAII", "MRC", "UIP", "OIM", "CICR")) {
            assertTrue(acronyms.contains(a), a + " is not in the table");
        }
        Set<String> names = rows.stream().map(Row::nameFr).collect(Collectors.toSet());
        for (String n : List.of("Banque mondiale", "Conseil de sécurité des Nations Unies", "Assemblée générale des Nations Unies",
                "Commission européenne", "Parlement européen", "Conseil européen", "Conseil de l'Union européenne",
                "Ligue des États arabes", "Secrétariat de l'ASEAN", "Coopération Mékong-Lancang",
                "Banque africaine de développement", "Banque asiatique de développement", "Nouvelle banque de développement")) {
            assertTrue(names.contains(n), n + " is not in the table");
        }
        assertTrue(rows.size() >= 60, rows.size() + " rows");
    }

    @Test
    void theCldrFactsAreKept() {
        Row un = rows.stream().filter(r -> r.code().equals("UN")).findFirst().orElseThrow();
        assertTrue(un.otherFr().contains("Nations Unies") && un.acronymsFr().contains("ONU") && un.acronymsEn().contains("UN"));
        assertTrue(un.sources().contains("https://cldr.unicode.org/"));
        Row eu = rows.stream().filter(r -> r.code().equals("EU")).findFirst().orElseThrow();
        assertEquals("Union européenne", eu.nameFr());
        assertEquals("European Union", eu.nameEn());
    }
}
