package org.diplograph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The plain-code scan for elisions glued to the word before them finds what its pattern finds. */
class GluedElisionTest {

    @Test
    void theScanFindsWhatThePatternFinds() throws Exception {
        List<String> texts = new ArrayList<>(List.of("del'Alliance et députésd'amitié", "estiméqu'il", "aujourd'hui, jusqu'à",
                "Ad'A", "xd'", "d'abord", "qu'il", "leqU'a", "lesquelsqu’ils", "abc'd", "ab\uD83D\uDE00d'Ab", "éd'é"));
        for (String dir : List.of("seeds", "src/test/resources/devset/pages")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.sorted().toList()) texts.add(Files.readString(f));
            }
        }
        // words of a few letters, elided letters, both apostrophes, marks, digits and spaces, glued at random
        String alphabet = "aqudlcnstjmQDLé'’ -1\u0301";
        Random r = new Random(3);
        for (int i = 0; i < 30000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(16); k >= 0; k--) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            texts.add(b.toString());
        }
        int found = 0;
        for (String t : texts) {
            java.util.BitSet byPattern = Repair.gluedElisionsByPattern(t);
            assertEquals(byPattern, Repair.gluedElisions(t), t);
            found += byPattern.cardinality();
        }
        assertTrue(found > 1000, found + " glued elisions");
    }
}
