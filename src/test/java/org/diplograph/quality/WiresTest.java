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
 * Extraction quality on the wires: 48 French wire stories written by others, with their answers,
 * read from {@code ../shared/dev/wires} (never copied into the project). They go through the whole
 * pipeline: ingest into a TDB2 dataset in a temporary folder, the facts export, and the matching
 * rules of {@code ../shared/tools/score.py} ({@link FactsScorer}). Fails below the floors, set a
 * little under the figures reached.
 *
 * <p>Runs in the Maven profile {@code wires}, active where that folder exists; without it (a fresh
 * clone) the profile is off, and were the test run anyway it would be skipped.
 */
class WiresTest {
    static final Path WIRES = Path.of(System.getProperty("diplograph.wires", "../shared/dev/wires"));
    /** Floors per kind of fact (F1): the targets, all facts 0.90 and every kind 0.85, or a little under the figures reached. */
    static final Map<String, Double> FLOORS = Map.of(
            "all_facts", 0.93, "countries", 0.94, "pairs", 0.91, "persons", 0.96,
            "organizations", 0.89, "agreements", 0.95, "meetings", 0.92);
    /** Floors for attributes of matched facts. */
    static final Map<String, Double> ACCURACY_FLOORS = Map.of(
            "person_country", 0.80, "person_role", 0.88, "meeting_kind", 0.86, "meeting_date", 0.85,
            "agreement_type", 0.95, "agreement_date", 0.85);
    @TempDir static Path tmp;
    static FactsScorer score;

    @BeforeAll
    static void scoreTheWires() throws IOException {
        assumeTrue(Files.isDirectory(WIRES.resolve("articles")) && Files.isDirectory(WIRES.resolve("gold")),
                "the wires are not here: " + WIRES.toAbsolutePath());
        score = FactsScorer.throughThePipeline(WIRES.resolve("articles"), WIRES.resolve("gold"), tmp);
        System.out.println("Wires: " + score);
    }

    @Test
    void eachKindOfFactIsAboveItsFloor() {
        FLOORS.forEach((kind, floor) ->
                assertTrue(score.tallies.get(kind).f1() >= floor, kind + " " + score.tallies.get(kind) + " < " + floor));
    }

    @Test
    void attributesOfMatchedFactsAreAboveTheirFloors() {
        ACCURACY_FLOORS.forEach((a, floor) ->
                assertTrue(score.accuracies.get(a).value() >= floor, a + " " + score.accuracies.get(a) + " < " + floor));
    }
}
