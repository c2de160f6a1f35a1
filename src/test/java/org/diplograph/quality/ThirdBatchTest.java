package org.diplograph.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extraction quality on the third development batch: 24 stories (text and HTML pages, JSON records
 * and one JSON Lines file of two records, published to the day, the month or the year) whose answers
 * were written before the extractor first read them. Loaded by the real pipeline into TDB2, exported
 * by SPARQL and scored against their answers. The floor is set just under the batch's one
 * first-contact figure (all_facts 0.733), and only ever raised.
 */
class ThirdBatchTest {
    static final Path BATCH = Path.of("src/test/resources/devset3");
    /** First contact 0.733; raised just under the figure reached since, 0.808. */
    static final double ALL_FACTS_FLOOR = 0.80;
    @TempDir static Path tmp;
    static FactsScorer score;

    @BeforeAll
    static void scoreTheBatch() throws IOException {
        score = FactsScorer.throughThePipeline(BATCH.resolve("pages"), BATCH.resolve("answers"), tmp);
        System.out.println("Third batch: " + score);
    }

    /** The ids of the articles in the pages folder: a file's name, or each record's id in a JSON or JSON Lines file. */
    static Set<String> articleIds() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        try (Stream<Path> pages = Files.list(BATCH.resolve("pages"))) {
            for (Path p : pages.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".jsonl")) {
                    for (String line : Files.readAllLines(p)) {
                        if (!line.isBlank()) ids.add(json.readTree(line).get("id").asText());
                    }
                } else if (name.endsWith(".json")) {
                    JsonNode n = json.readTree(p.toFile());
                    for (JsonNode r : n.isArray() ? n : List.of(n)) ids.add(r.get("id").asText());
                } else {
                    ids.add(name.substring(0, name.lastIndexOf('.')));
                }
            }
        }
        return ids;
    }

    @Test
    void everyStoryHasItsAnswer() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> answered = new HashSet<>();
        try (Stream<Path> a = Files.list(BATCH.resolve("answers"))) {
            for (Path f : a.filter(f -> f.toString().endsWith(".json")).toList()) {
                answered.add(json.readTree(f.toFile()).get("article").asText());
            }
        }
        Set<String> ids = articleIds();
        assertEquals(24, ids.size(), "the 24 stories");
        assertEquals(ids, answered, "one answer per story");
    }

    @Test
    void allFactsF1StaysAboveTheFloor() {
        assertTrue(score.tallies.get("all_facts").f1() >= ALL_FACTS_FLOOR, score.toString());
    }

    @Test
    void countriesAndPersonsAreFound() {
        assertTrue(score.tallies.get("countries").f1() >= 0.85, "countries " + score.tallies.get("countries"));
        assertTrue(score.tallies.get("persons").f1() >= 0.80, "persons " + score.tallies.get("persons"));
    }
}
