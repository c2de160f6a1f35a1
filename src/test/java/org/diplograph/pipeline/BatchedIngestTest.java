package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.rdf.Terms;
import org.diplograph.store.Store;
import org.diplograph.store.TestPipeline;
import org.diplograph.store.Snapshot;
import org.diplograph.store.GeneratedArticles;

/**
 * Writing many articles per transaction gives the dataset that writing them one by one gives:
 * the same article graphs, counts and duplicate links, ties between copies included.
 */
public class BatchedIngestTest {
    public static final String STORY = """
            Le Portugal et le Vietnam élargissent leur coopération maritime

            Lisbonne (VNA) - Le vice-ministre vietnamien des Transports, Dao Quang Vinh, a rencontré le 12 juin \
            à Lisbonne la secrétaire d'État portugaise à la Mer, Inês Carvalhal. Les deux parties ont convenu de \
            développer la formation des marins et d'ouvrir une ligne de fret entre leurs ports.-VNA
            """;

    @TempDir Path tmp;

    @Test
    void batchesGiveTheDatasetThatOneArticleATimeGives() throws IOException {
        Path in = GeneratedArticles.write(tmp.resolve("in/generated"), 30);
        // two equally clean copies read in one run: the one read first is the original, though its key sorts last
        Files.writeString(Files.createDirectories(tmp.resolve("in/a")).resolve("zz-maritime.txt"), STORY);
        Files.writeString(Files.createDirectories(tmp.resolve("in/b")).resolve("aa-maritime.txt"),
                STORY.replace("Lisbonne (VNA)", "Lisbonne (VNA) "));
        List<String> paths = List.of("seeds", tmp.resolve("in").toString());

        Map<Node, Graph> oneByOne = load("one", 1, false, paths, new ArrayList<>());
        List<String> reported = new ArrayList<>();
        Map<Node, Graph> batched = load("batched", 7, true, paths, reported);

        Node summaryGraph = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
        if (!oneByOne.get(summaryGraph).isIsomorphicWith(batched.get(summaryGraph))) {
            List<String> only = new ArrayList<>();
            oneByOne.get(summaryGraph).find().forEachRemaining(t -> { if (!batched.get(summaryGraph).contains(t)) only.add("-" + t); });
            batched.get(summaryGraph).find().forEachRemaining(t -> { if (!oneByOne.get(summaryGraph).contains(t)) only.add("+" + t); });
            assertEquals(List.of(), only);
        }
        Snapshot.assertSame(oneByOne, batched);
        // the candidate copies looked up in the dataset, batch by batch, give the same dataset too
        Snapshot.assertSame(oneByOne, load("looked-up", 7, false, paths, new ArrayList<>()));
        assertEquals(37, reported.size(), "every article is reported once its batch is committed");
        Graph summary = batched.get(NodeFactory.createURI(Iris.SUMMARY_GRAPH));
        assertTrue(summary.contains(NodeFactory.createURI(Iris.article("aa-maritime")), DIP.duplicateOf,
                NodeFactory.createURI(Iris.article("zz-maritime"))), "the copy read first is the original");
        assertTrue(summary.find(Node.ANY, DIP.articleCount, Node.ANY).hasNext(), "counts are kept");
    }

    /**
     * One large batch with bad inputs among good ones: a file that is not UTF-8 and an article the
     * extractor fails on are reported with their files, and every other article of the batch is written.
     */
    @Test
    void aBadArticleInALargeBatchLosesNoneOfTheOthers() throws IOException {
        Path in = GeneratedArticles.write(tmp.resolve("bad/in"), 12);
        Files.write(in.resolve("gen-0100.txt"), new byte[] {'L', 'e', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'x'});
        Files.writeString(in.resolve("gen-0101.txt"), GeneratedArticles.text(101));
        org.diplograph.extract.Extractor extractor = org.diplograph.rdf.ReferenceTables.load().extractor();
        List<String> problems = new ArrayList<>();
        try (Store store = Store.open(tmp.resolve("bad/data"))) {
            IngestReport r = Ingest.create().store(store).mapper(TestPipeline.mapper()).batch(1000)
                    .batchWait(java.time.Duration.ofMinutes(10)).mode(Ingest.Mode.EXCLUSIVE)
                    .extractor(page -> {
                        if (page.source().key().equals("gen-0101")) throw new IllegalStateException("this article breaks the extractor");
                        return extractor.extract(page);
                    }, org.diplograph.extract.Extractor.VERSION)
                    .problems((origin, message) -> problems.add(origin + ": " + message))
                    .build().run(List.of(in.toString()));
            assertEquals(2, r.failed(), r.problems().toString());
            assertEquals(12, r.articlesNew());
            assertTrue(problems.stream().anyMatch(p -> p.contains("gen-0100.txt")), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.contains("gen-0101.txt") && p.contains("breaks the extractor")),
                    problems.toString());
            Txn.executeRead(store.dataset(), () -> {
                for (int i = 0; i < 12; i++) {
                    String key = String.format("gen-%04d", i);
                    assertTrue(store.dataset().getGraph(TestPipeline.mapper().graphFor(key)).size() > 0, key + " is written");
                }
                assertEquals(0, store.dataset().getGraph(TestPipeline.mapper().graphFor("gen-0101")).size());
            });
        }
    }

    private Map<Node, Graph> load(String name, int batch, boolean exclusive, List<String> paths, List<String> reported) {
        try (Store store = Store.open(tmp.resolve(name))) {
            IngestReport r = Ingest.create().store(store).mapper(TestPipeline.mapper()).batch(batch).mode(exclusive ? Ingest.Mode.EXCLUSIVE : Ingest.Mode.LIVE)
                    .progress((origin, key, outcome) -> {
                        if (outcome == Ingest.Outcome.NEW) {
                            assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset()
                                    .getGraph(TestPipeline.mapper().graphFor(key)).size() > 0), key + " is committed when reported");
                            reported.add(key);
                        }
                    })
                    .build().run(paths);
            assertEquals(0, r.failed(), r.problems().toString());
            return Snapshot.of(store.dataset(), Terms.RUNS_GRAPH);
        }
    }
}
