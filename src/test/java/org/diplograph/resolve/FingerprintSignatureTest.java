package org.diplograph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Fingerprint#of} (rolled window hashes, repeated windows left out) gives exactly the
 * signature of its definition, {@link Fingerprint#slowOf}: every window cut out and hashed.
 */
class FingerprintSignatureTest {

    @Test
    void wholeArticlesSignAsTheDefinition() throws IOException {
        int seen = 0;
        for (String dir : List.of("seeds", "src/test/resources/devset/pages")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    String text = Files.readString(p);
                    String fast = Fingerprint.of(text);
                    assertNotNull(fast, p.toString());
                    assertEquals(Fingerprint.slowOf(text), fast, p.toString());
                    seen++;
                }
            }
        }
        assertTrue(seen >= 5, "articles read: " + seen);
    }

    @Test
    void repetitiveAndRandomTextsSignAsTheDefinition() {
        Random random = new Random(7);
        String alphabet = "abcdeéàz0123 ";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder b = new StringBuilder();
            // small alphabets and short lengths: many windows repeat, many hashes collide on the way
            int len = random.nextInt(200);
            int letters = 1 + random.nextInt(alphabet.length());
            for (int k = 0; k < len; k++) b.append(alphabet.charAt(random.nextInt(letters)));
            String s = b.toString();
            assertEquals(Fingerprint.slowOf(s), Fingerprint.of(s), s);
        }
        String repeated = "Le ministre a reçu l'ambassadeur. ".repeat(40);
        assertEquals(Fingerprint.slowOf(repeated), Fingerprint.of(repeated));
        assertNotNull(Fingerprint.of(repeated));
    }
}
