package org.diplograph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link PageSplitter#captionCredit}, which tries the credit pattern only where the line holds one
 * of its words, answers as the pattern searched over the whole line.
 */
class CaptionCreditTest {

    @Test
    void everyLineOfThePagesAnswersAsThePattern() throws IOException {
        List<String> lines = new ArrayList<>(List.of("Photo : VNA", "Photos: Le Bureau de presse", "ẢNH: TTXVN",
                "ảnh : tmv", "Crédit photo / Agence Nord", "La source : ministère.", "Les ressources du port. Source: AFP",
                "İstanbul, le port. Photo: AP", "İ photo", "photo photo photo", "Photo  :  " + "x".repeat(45),
                "Photographie d'archives, source inconnue  ", "CRÉDIT : Agence", "Sources : ", ""));
        for (String dir : List.of("seeds", "src/test/resources/devset/pages")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    for (String line : Files.readAllLines(p)) {
                        lines.add(line);
                        lines.add(line.toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        int credits = 0;
        for (String line : lines) {
            boolean expected = PageSplitter.captionCreditByPattern(line);
            assertEquals(expected, PageSplitter.captionCredit(line, line.toLowerCase(Locale.ROOT)), line);
            if (expected) credits++;
        }
        assertTrue(credits >= 10 && lines.size() > 1000, credits + " credits in " + lines.size() + " lines");
    }
}
