package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.diplograph.corpus.Corpus;
import org.diplograph.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.rdf.Terms;
import org.diplograph.store.Store;
import org.diplograph.store.TestPipeline;
import org.diplograph.store.Snapshot;
import org.diplograph.store.GeneratedArticles;

/**
 * Articles extracted on several threads while the calling thread writes ({@link Ingest.Builder#workers})
 * give the dataset, the report, the problems and the progress, in the same order, that one thread
 * gives: on the seeds and a generated corpus with a file that is not UTF-8 and an article that breaks
 * the extractor in the middle.
 */
class PipelinedIngestTest {
    @TempDir Path tmp;

    /** What one load gave: the dataset without the runs graph, and everything it said, in order. */
    private record Loaded(Map<Node, Graph> dataset, List<String> said, Set<String> threads) {}

    @Test
    void severalWorkersGiveWhatOneGives() throws IOException {
        Path generated = Corpus.create().seed(3).count(60).build().write(tmp.resolve("corpus")).pages();
        Path mixed = GeneratedArticles.write(tmp.resolve("mixed"), 20);
        Files.write(mixed.resolve("gen-0010a.txt"), new byte[] {'L', 'e', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'x'});
        Files.writeString(mixed.resolve("gen-0011a.txt"), GeneratedArticles.text(111));
        List<String> paths = List.of("seeds", generated.toString(), mixed.toString());

        for (boolean atEnd : List.of(true, false)) {
            Loaded one = load("one-" + atEnd, 1, atEnd, paths);
            Loaded four = load("four-" + atEnd, 4, atEnd, paths);
            assertTrue(one.said().stream().anyMatch(s -> s.contains("gen-0010a.txt") && s.startsWith("problem")), one.said().toString());
            assertTrue(one.said().stream().anyMatch(s -> s.contains("gen-0011a.txt") && s.contains("breaks the extractor")),
                    one.said().toString());
            assertTrue(one.said().size() > 80, "a report to compare: " + one.said().size());
            assertEquals(Set.of(Thread.currentThread().getName()), one.threads(), "one worker: the calling thread alone");
            assertTrue(four.threads().size() > 1 && !four.threads().contains(Thread.currentThread().getName()),
                    "four workers extracted: " + four.threads());
            assertEquals(one.said(), four.said(), "the same report, in the same order");
            Snapshot.assertSame(one.dataset(), four.dataset());
        }
    }

    private Loaded load(String name, int workers, boolean atEnd, List<String> paths) {
        List<String> said = Collections.synchronizedList(new ArrayList<>());
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Extractor extractor = org.diplograph.rdf.ReferenceTables.load().extractor();
        try (Store store = Store.open(tmp.resolve(name))) {
            IngestReport r = Ingest.create().store(store).mapper(TestPipeline.mapper()).batch(9).teasers(true).mode(atEnd ? Ingest.Mode.EXCLUSIVE : Ingest.Mode.LIVE)
                    .workers(workers)
                    .extractor(page -> {
                        threads.add(Thread.currentThread().getName());
                        if (page.source().key().equals("gen-0011a")) throw new IllegalStateException("this article breaks the extractor");
                        return extractor.extract(page);
                    }, Extractor.VERSION)
                    .problems((origin, message) -> said.add("problem " + origin + ": " + message))
                    .progress((origin, key, outcome) -> said.add("article " + origin + " " + key + " " + outcome))
                    .build().run(paths);
            said.add("report " + r.articlesNew() + " new, " + r.articlesChanged() + " changed, " + r.articlesUnchanged()
                    + " unchanged, " + r.failed() + " failed, " + r.problems() + ", " + r.violations() + ", "
                    + r.relationsUpdated() + " relations");
            return new Loaded(Snapshot.of(store.dataset(), Terms.RUNS_GRAPH), List.copyOf(said), Set.copyOf(threads));
        }
    }
}
