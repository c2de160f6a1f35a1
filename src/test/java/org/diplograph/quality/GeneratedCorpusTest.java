package org.diplograph.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplograph.corpus.Corpus;
import org.diplograph.export.FactsExport;
import org.diplograph.query.QueryRunner;
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated stories through the whole pipeline: every page is read without an input error, and
 * extraction scored against the facts the generator wrote in. The score is a robustness figure
 * (many invented names and countries, glued words, duplicates), asserted only loosely; it is not
 * extraction quality.
 */
class GeneratedCorpusTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path tmp;

    @Test
    void textPagesAreReadWithoutErrorAndTheirFactsAreMostlyFound() throws IOException {
        FactsScorer score = run(false, 100);
        System.out.println("Generated corpus (text, 100 stories, robustness): " + score);
        assertTrue(score.tallies.get("all_facts").f1() > 0.5, score.toString());
        assertTrue(score.tallies.get("persons").f1() > 0.5, score.toString());
    }

    @Test
    void htmlPagesAreReadWithoutErrorAndTheirFactsAreMostlyFound() throws IOException {
        FactsScorer score = run(true, 30);
        System.out.println("Generated corpus (HTML, 30 stories, robustness): " + score);
        assertTrue(score.tallies.get("all_facts").f1() > 0.5, score.toString());
    }

    private FactsScorer run(boolean html, int count) throws IOException {
        Corpus.Written w = Corpus.create().seed(2024).count(count).html(html).build().write(tmp.resolve("corpus"));
        Path out = tmp.resolve("facts");
        try (Store store = Store.open(tmp.resolve("data"))) {
            IngestReport r = Ingest.create().store(store).teasers(true).build().run(List.of(w.pages().toString()));
            assertEquals(0, r.failed(), r.problems().toString());
            assertEquals(List.of(), r.problems());
            assertTrue(r.articlesNew() > count * 3, r.articlesNew() + " articles with their teasers");
            FactsExport.create(QueryRunner.local(store.dataset())).write(out);
        }
        FactsScorer score = new FactsScorer();
        int duplicatesFound = 0;
        try (Stream<Path> answers = Files.list(w.answers())) {
            for (Path a : answers.sorted().toList()) {
                JsonNode gold = JSON.readTree(a.toFile());
                Path p = out.resolve(FactsExport.fileName(gold.get("article").asText()));
                assertTrue(Files.exists(p), "exported " + p);
                JsonNode pred = JSON.readTree(p.toFile());
                score.add(gold, pred);
                if (!gold.get("duplicate_of").isNull() && gold.get("duplicate_of").equals(pred.get("duplicate_of"))) duplicatesFound++;
            }
        }
        System.out.println("duplicates written: " + w.duplicates() + ", linked to their original: " + duplicatesFound);
        return score;
    }
}
