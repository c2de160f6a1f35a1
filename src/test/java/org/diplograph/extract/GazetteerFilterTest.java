package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Bloom filter in front of the gazetteer's first words never turns away a word of the set
 * (the match is then the set's), and turns away most words of a French sentence.
 */
class GazetteerFilterTest {
    private static final Gazetteer GAZ = new Gazetteer(org.diplograph.rdf.ReferenceTables.load().countries());

    @SuppressWarnings("unchecked")
    private static Set<String> firstWords() throws ReflectiveOperationException {
        Field f = Gazetteer.class.getDeclaredField("firstWords");
        f.setAccessible(true);
        return (Set<String>) f.get(GAZ);
    }

    @Test
    void everyFirstWordPassesTheFilter() throws ReflectiveOperationException {
        Set<String> words = firstWords();
        assertTrue(words.size() > 100, "the set is the gazetteer's: " + words.size());
        for (String w : words) assertTrue(GAZ.mayStart(w), w);
    }

    @Test
    void mostWordsOfASentenceAreTurnedAway() throws ReflectiveOperationException {
        Set<String> words = firstWords();
        List<Tok> toks = Tok.tokenize("Le ministre Paul Arnaud a reçu mardi à Lyon l'ambassadeur Jean Morel pour discuter"
                + " des échanges commerciaux, de la coopération culturelle et des projets communs entre les deux régions.");
        int passed = 0;
        int members = 0;
        for (Tok t : toks) {
            if (GAZ.mayStart(t.key())) passed++;
            if (words.contains(t.key())) members++;
        }
        assertTrue(passed <= members + 4, passed + " passed, " + members + " in the set");
    }

    @Test
    void entriesStillMatch() {
        List<Tok> toks = Tok.tokenize("La délégation est arrivée au Japon puis en République tchèque.");
        Gazetteer.Hit japan = GAZ.match(toks, 5);
        assertNotNull(japan);
        assertEquals("JP", japan.code());
        Gazetteer.Hit czechia = GAZ.match(toks, 8);
        assertNotNull(czechia);
        assertEquals(10, czechia.e());
        assertEquals(null, GAZ.match(toks, 1));
    }

    @Test
    void aWordInLowerCaseIsOnlyEverAnAdjective() {
        // "le" starts "Le Caire" when capitalised; in lower case it names nothing, and "japonais" is an adjective
        List<Tok> toks = Tok.tokenize("Le Caire et le ministre japonais, puis le caire.");
        Gazetteer.Hit cairo = GAZ.match(toks, 0);
        assertNotNull(cairo);
        assertEquals(Mention.Type.PLACE, cairo.type());
        assertEquals(null, GAZ.match(toks, 3));
        Gazetteer.Hit japanese = GAZ.match(toks, 5);
        assertNotNull(japanese);
        assertEquals(Mention.Type.COUNTRY_ADJ, japanese.type());
        assertEquals("JP", japanese.code());
        assertEquals(null, GAZ.match(toks, 9));
    }
}
