package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplograph.DiplographException;
import org.diplograph.extract.CountryTable;
import org.diplograph.extract.CountryTable.Country;
import org.junit.jupiter.api.Test;

/** The country table as {@link ReferenceTables} loads it from {@code ontology/countries.ttl}. */
class CountryTableTest {
    private final CountryTable table = ReferenceTables.load().countries();

    @Test
    void holdsTheJdkIsoTableSortedByCode() {
        List<String> codes = table.all().stream().map(Country::code).toList();
        List<String> jdk = Arrays.stream(Locale.getISOCountries()).sorted().toList();
        assertEquals(jdk, codes);
        for (Country c : table.all()) {
            assertEquals(new Locale("", c.code()).getISO3Country(), c.alpha3(), c.code());
            assertFalse(c.nameFr().isBlank(), c.code());
            assertFalse(c.nameEn().isBlank(), c.code());
            assertEquals(c.nameFr(), c.names().get(0), c.code() + ": preferred name first");
        }
    }

    @Test
    void vietNamHasItsVariantsDemonymsAndCapital() {
        Country vn = table.byCode("VN").orElseThrow();
        assertEquals("VNM", vn.alpha3());
        assertEquals("Viêt Nam", vn.nameFr());
        assertEquals("Vietnam", vn.nameEn());
        assertTrue(vn.names().containsAll(List.of("Viêt Nam", "Viet Nam", "Vietnam",
                "République socialiste du Viêt Nam")), vn.names().toString());
        assertEquals(Set.of("vietnamien", "vietnamienne", "vietnamiens", "vietnamiennes"),
                new HashSet<>(vn.adjectives()));
        assertEquals(List.of("Hanoi"), vn.capitals());
    }

    @Test
    void pluralOfAdjectivesInAisStaysTheSame() {
        Country jp = table.byCode("jp").orElseThrow();
        assertEquals(Set.of("japonais", "japonaise", "japonaises"), new HashSet<>(jp.adjectives()));
        assertEquals("Japon", jp.nameFr());
    }

    @Test
    void joinedVariantOnlyWhereASourceAttestsIt() {
        assertTrue(table.byCode("HK").orElseThrow().names().contains("Hongkong"));
        assertFalse(table.byCode("LK").orElseThrow().names().contains("Srilanka"));
        assertFalse(table.byCode("VN").orElseThrow().names().contains("Viêtnam"));
    }

    @Test
    void foldedVariantsAndStraightApostrophes() {
        Country ci = table.byCode("CI").orElseThrow();
        assertTrue(ci.names().containsAll(List.of("Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire")), ci.names().toString());
        assertTrue(table.byCode("US").orElseThrow().names().contains("Etats-Unis"));
    }

    @Test
    void aTerritoryDoesNotShareTheDemonymOfASovereignState() {
        assertTrue(table.byCode("FR").orElseThrow().adjectives().contains("français"));
        assertFalse(table.byCode("TF").orElseThrow().adjectives().contains("français"));
        // Two sovereign states may share one: the extractor must disambiguate.
        assertTrue(table.byCode("CD").orElseThrow().adjectives().contains("congolais"));
        assertTrue(table.byCode("CG").orElseThrow().adjectives().contains("congolais"));
    }

    @Test
    void unknownCodesAreEmpty() {
        assertTrue(table.byCode("XX").isEmpty());
        assertTrue(table.byCode(null).isEmpty());
    }

    @Test
    void missingResourceIsAClearError() {
        DiplographException e = assertThrows(DiplographException.class, () -> ReferenceTables.parse("ontology/none.ttl"));
        assertTrue(e.getMessage().contains("ontology/none.ttl"), e.getMessage());
    }
}
