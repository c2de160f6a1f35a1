package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The vocabulary tables load with the shape the rules expect. */
class WordListsTest {
    @Test
    void tablesKeepMultiWordKeysAndRawValues() {
        assertEquals("association", Lexicon.ORG_HEADS.get("chambre de commerce"));
        assertEquals("ministry", Lexicon.ORG_HEADS.get("ministere"));
        assertEquals("international", Lexicon.KIND_MARKERS.get("nations unies"));
        assertEquals("VN", Lexicon.AGENCY_COUNTRY.get("VNA"));
    }

    @Test
    void orderedListsKeepTheirOrder() {
        assertEquals(12, Lexicon.MONTHS.size());
        assertEquals("janvier", Lexicon.MONTHS.get(0));
        assertEquals("fevrier", Lexicon.MONTHS.get(1));
        assertEquals("dimanche", Lexicon.WEEKDAYS.get(6));
    }

    @Test
    void listsAreFolded() {
        assertTrue(Lexicon.TITLE_HEADS.contains("secretaire d'etat"));
        assertTrue(Lexicon.NOT_NAME.contains("a"));
        assertTrue(Lexicon.WEAK_TITLE_HEADS.contains("membre"));
    }
}
