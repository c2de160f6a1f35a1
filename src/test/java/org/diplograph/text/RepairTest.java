package org.diplograph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RepairTest {
    static Repair repair;

    @BeforeAll
    static void load() {
        repair = Repair.withSplitter(new GlueSplitter(FrenchDictionary.load()));
    }

    private static String fix(String s) {
        return repair.apply(s, 0).text();
    }

    @Test
    void splitsCamelCaseGlueButKeepsMixedCaseNames() {
        assertEquals("le ministre Tran Van Hoa et la Thaïlande", fix("le ministre TranVan Hoa et laThaïlande"));
        assertEquals("le groupe McDonald", fix("le groupe McDonald"));
    }

    @Test
    void cutsGluedLowerCaseWordsIntoCommonWords() {
        assertEquals("ont signé un accord en matière de commerce", fix("ont signé unaccord enmatière de commerce"));
        assertEquals("a reçu le vice-ministre", fix("a reçu levice-ministre"));
        assertEquals("le vice-président de l'Assemblée", fix("le vice-présidentde l'Assemblée"));
    }

    @Test
    void separatesGluedElisionsAndPunctuation() {
        assertEquals("le groupe d'amitié de l'Alliance", fix("le groupe d'amitié del'Alliance"));
        assertEquals("les députés d'amitié", fix("les députésd'amitié"));
        assertEquals("aujourd'hui, jusqu'à demain", fix("aujourd'hui,jusqu'à demain"));
        assertEquals("a dit (Photo) que", fix("a dit(Photo)que"));
    }

    @Test
    void leavesNamesAndKnownWordsAlone() {
        String s = "Somchai Prasertwong et Ngozi Adebayo ont évoqué la cybersécurité et les e-services";
        assertEquals(s, fix(s));
    }

    @Test
    void everyCleanCharacterMapsBackToItsSourceCodePoint() {
        String src = "📝 Le\u00A0ministre\u2019s unaccord avecleJapon";
        CleanText clean = repair.apply(src, 10);
        int[] cps = src.codePoints().toArray();
        String t = clean.text();
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLowSurrogate(t.charAt(i))) continue;
            int cp = clean.sourceOffset(i) - 10;
            if (clean.insertions(i, i + 1) == 1) continue; // an inserted space
            int c = t.codePointAt(i);
            int expected = Repair.normalise(cps[cp]);
            assertEquals(expected, c, "char " + i + " of '" + t + "'");
        }
        assertEquals(10 + cps.length, clean.sourceOffset(t.length()));
    }
}
