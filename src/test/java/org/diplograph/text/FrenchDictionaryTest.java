package org.diplograph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The remembered answers of {@link FrenchDictionary} are the dictionary's own, asked first or again. */
class FrenchDictionaryTest {
    @Test
    void theFiniteVerbMemoAnswersAsTheDictionary() throws IOException {
        Set<String> words = new LinkedHashSet<>(Set.of("effectue", "reçoit", "a", "Effectue", "ONT", "visite", "visites", "xqzt"));
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.sorted().toList()) {
                for (String w : Files.readString(f, StandardCharsets.UTF_8).split("[^\\p{L}'-]+")) {
                    if (w.isEmpty()) continue;
                    words.add(w);
                    words.add(w.toUpperCase(Locale.ROOT));
                }
            }
        }
        FrenchDictionary dict = FrenchDictionary.load();
        int verbs = 0;
        for (int round = 0; round < 2; round++) {
            for (String w : words) {
                boolean expected = dict.lookUpFiniteVerb(w);
                assertEquals(expected, dict.finiteVerb(w), w + ", round " + round);
                if (expected && round == 0) verbs++;
            }
        }
        assertTrue(words.size() > 1000 && verbs > 50 && verbs < words.size() / 2, verbs + " verbs of " + words.size());
    }
}
