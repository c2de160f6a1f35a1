package org.diplograph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The table behind {@link Fingerprint#letters} gives what the full Unicode method gives. */
class FingerprintLettersTest {

    private static List<Character> tabledChars() {
        List<Character> out = new ArrayList<>();
        for (char[] r : Fingerprint.TABLED) for (int c = r[0]; c < r[1]; c++) out.add((char) c);
        return out;
    }

    @Test
    void everyPairOfTabledCharsFoldsAsTheFullMethod() {
        List<Character> chars = tabledChars();
        char[] pair = new char[2];
        for (char a : chars) {
            for (char b : chars) {
                pair[0] = a;
                pair[1] = b;
                String s = new String(pair);
                if (!Fingerprint.slowLetters(s).equals(Fingerprint.letters(s))) {
                    assertEquals(Fingerprint.slowLetters(s), Fingerprint.letters(s),
                            "U+" + Integer.toHexString(a) + " U+" + Integer.toHexString(b));
                }
            }
        }
    }

    @Test
    void randomRunsOfLettersAndCombiningMarksFoldAsTheFullMethod() {
        List<Character> chars = tabledChars();
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + random.nextInt(12);
            for (int k = 0; k < len; k++) {
                // one char in three a combining mark, so that runs of marks of mixed classes are common
                b.append(random.nextInt(3) == 0 ? (char) (0x300 + random.nextInt(0x70)) : chars.get(random.nextInt(chars.size())));
            }
            String s = b.toString();
            assertEquals(Fingerprint.slowLetters(s), Fingerprint.letters(s), s);
        }
    }

    @Test
    void textOutsideTheTableTakesTheFullMethod() {
        // a Hangul syllable decomposes into letters, a compatibility ideograph into a CJK one,
        // Greek final sigma lower-cases in context: none of them is in the table
        for (String s : List.of("Séoul 한국 서울", "Ville 丽江 \uD87E\uDC00 fin", "ΟΔΟΣ Ἀθῆναι", "Tokyo ｔｏｋｙｏ ﬁn")) {
            assertEquals(Fingerprint.slowLetters(s), Fingerprint.letters(s), s);
        }
        assertNotEquals("", Fingerprint.letters("한국"));
    }

    @Test
    void wholeArticlesFoldAsTheFullMethod() throws IOException {
        int seen = 0;
        for (String dir : List.of("seeds", "src/test/resources/devset/pages")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    String text = Files.readString(p);
                    assertEquals(Fingerprint.slowLetters(text), Fingerprint.letters(text), p.toString());
                    assertEquals(Fingerprint.slowLetters(text.toUpperCase()), Fingerprint.letters(text.toUpperCase()), p.toString());
                    seen++;
                }
            }
        }
        assertNotEquals(0, seen);
    }
}
