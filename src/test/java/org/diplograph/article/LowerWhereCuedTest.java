package org.diplograph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PageSplitter#lowerWhereCued} answers every search for a caption or credit word as the line
 * in lower case does: on lines written here, with the chars whose lower case is not one char for
 * one, and on random lines made of letters around the words.
 */
class LowerWhereCuedTest {
    private static final List<String> WORDS = List.of("photo", "ảnh", "crédit", "source");

    private static void same(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        String got = PageSplitter.lowerWhereCued(line);
        for (String w : WORDS) assertEquals(lower.contains(w), got.contains(w), line + " / " + w);
        if (!got.isEmpty()) assertEquals(lower, got, line);
        assertEquals(PageSplitter.captionCredit(line, lower), PageSplitter.captionCredit(line, got), line);
    }

    @Test
    void writtenLines() {
        for (String line : List.of("", "Le ministre a reçu son homologue.", "PHOTO : Agence", "Ảnh 2 Le port de Brest",
                "Crédit photo : Jean Morel", "SOURCE: agence", "CRÉDIT", "Photothèque", "İstanbul photo", "ΣOURCE",
                "Σ photo", "\uD835\uDC00 source", "sourc", "phot o", "Le CRÉDIT agricole", "ẢNH")) {
            same(line);
        }
    }

    @Test
    void randomLines() {
        Random r = new Random(7);
        String alphabet = "aàbcdéeèhnoprstuỏảÀÉẢOPHTSCRDUİΣ .:-";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(20);
            for (int i = 0; i < len; i++) {
                if (r.nextInt(8) == 0) b.append(WORDS.get(r.nextInt(WORDS.size())));
                else b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            same(r.nextBoolean() ? b.toString() : b.toString().toUpperCase(Locale.ROOT));
        }
    }
}
