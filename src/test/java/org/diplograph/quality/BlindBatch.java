package org.diplograph.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extraction quality on one batch of development stories written blind: 24 stories (text and HTML
 * pages, JSON records and JSON Lines files) whose answers were written before the extractor first
 * read them, loaded by the real pipeline into TDB2, exported by SPARQL and scored against their
 * answers. Each batch's floor sits just under the figure reached on it, above its one first-contact
 * figure; it is raised as rules improve, never lowered to let a change through.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BlindBatch {
    private final Path batch;
    private final double allFactsFloor;
    private final double countriesFloor;
    private final double personsFloor;
    private FactsScorer score;

    BlindBatch(String folder, double allFactsFloor, double countriesFloor, double personsFloor) {
        this.batch = Path.of("src/test/resources", folder);
        this.allFactsFloor = allFactsFloor;
        this.countriesFloor = countriesFloor;
        this.personsFloor = personsFloor;
    }

    @BeforeAll
    void scoreTheBatch(@TempDir Path tmp) throws IOException {
        score = FactsScorer.throughThePipeline(batch.resolve("pages"), batch.resolve("answers"), tmp);
        System.out.println(getClass().getSimpleName() + ": " + score);
    }

    /** The ids of the stories: a page's file name, or the id of each record of a JSON (object or list) or JSON Lines file. */
    Set<String> articleIds() throws IOException {
        var records = new ObjectMapper().readerFor(JsonNode.class);
        Set<String> ids = new HashSet<>();
        try (Stream<Path> pages = Files.list(batch.resolve("pages"))) {
            for (Path p : pages.toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".json") && !name.endsWith(".jsonl")) {
                    ids.add(name.substring(0, name.lastIndexOf('.')));
                    continue;
                }
                try (MappingIterator<JsonNode> it = records.readValues(p.toFile())) {
                    it.forEachRemaining(r -> {
                        for (JsonNode one : r.isArray() ? r : java.util.List.of(r)) ids.add(one.get("id").asText());
                    });
                }
            }
        }
        return ids;
    }

    @Test
    void everyStoryHasItsAnswer() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> answered = new HashSet<>();
        try (Stream<Path> a = Files.list(batch.resolve("answers"))) {
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
        assertTrue(score.tallies.get("all_facts").f1() >= allFactsFloor, score.toString());
    }

    @Test
    void countriesAndPersonsAreFound() {
        assertTrue(score.tallies.get("countries").f1() >= countriesFloor, "countries " + score.tallies.get("countries"));
        assertTrue(score.tallies.get("persons").f1() >= personsFloor, "persons " + score.tallies.get("persons"));
    }
}
