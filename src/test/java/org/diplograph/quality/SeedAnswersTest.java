package org.diplograph.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extraction quality on the five sample pages in {@code seeds/}, scored against the team's answers for
 * them in {@code ../shared/dev/gold} (written by the annotation rules of {@code ../shared/dev/FORMAT.md}),
 * through the whole pipeline as {@link WiresTest} does. The seeds are in-sample: the floor holds the
 * rules to the figure they reach, so a change that loses a fact of the samples is seen.
 *
 * <p>Runs in the Maven profile {@code wires}, active where {@code ../shared/dev} exists; without it the
 * profile is off, and were the test run anyway it would be skipped.
 */
class SeedAnswersTest {
    static final Path ANSWERS = Path.of(System.getProperty("diplograph.seed.answers", "../shared/dev/gold"));
    /** Floors per kind of fact (F1), a little under the figures reached. */
    static final Map<String, Double> FLOORS = Map.of(
            "all_facts", 0.95, "countries", 0.95, "pairs", 0.95, "persons", 0.95,
            "organizations", 0.90, "agreements", 0.95, "meetings", 0.95);
    @TempDir static Path tmp;
    static FactsScorer score;

    @BeforeAll
    static void scoreTheSeeds() throws IOException {
        assumeTrue(Files.isDirectory(ANSWERS), "the seeds' answers are not here: " + ANSWERS.toAbsolutePath());
        score = FactsScorer.throughThePipeline(Path.of("seeds"), ANSWERS, tmp);
        System.out.println("Seeds: " + score);
    }

    @Test
    void eachKindOfFactIsAboveItsFloor() {
        FLOORS.forEach((kind, floor) ->
                assertTrue(score.tallies.get(kind).f1() >= floor, kind + " " + score.tallies.get(kind) + " < " + floor));
    }

    @Test
    void everyMatchedPersonHasItsCountryAndRole() {
        for (String a : new String[] {"person_country", "person_role"}) {
            assertTrue(score.accuracies.get(a).value() >= 0.95, a + " " + score.accuracies.get(a));
        }
    }
}
