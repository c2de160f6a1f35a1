package org.diplograph.store;

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

/**
 * Writing many articles per transaction gives the dataset that writing them one by one gives:
 * the same article graphs, counts and duplicate links, ties between copies included.
 */
class BatchedIngestTest {
    static final String STORY = """
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

        Map<Node, Graph> oneByOne = load("one", 1, paths, new ArrayList<>());
        List<String> reported = new ArrayList<>();
        Map<Node, Graph> batched = load("batched", 7, paths, reported);

        Node summaryGraph = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
        if (!oneByOne.get(summaryGraph).isIsomorphicWith(batched.get(summaryGraph))) {
            List<String> only = new ArrayList<>();
            oneByOne.get(summaryGraph).find().forEachRemaining(t -> { if (!batched.get(summaryGraph).contains(t)) only.add("-" + t); });
            batched.get(summaryGraph).find().forEachRemaining(t -> { if (!oneByOne.get(summaryGraph).contains(t)) only.add("+" + t); });
            assertEquals(List.of(), only);
        }
        Snapshot.assertSame(oneByOne, batched);
        assertEquals(37, reported.size(), "every article is reported once its batch is committed");
        Graph summary = batched.get(NodeFactory.createURI(Iris.SUMMARY_GRAPH));
        assertTrue(summary.contains(NodeFactory.createURI(Iris.article("aa-maritime")), DIP.duplicateOf,
                NodeFactory.createURI(Iris.article("zz-maritime"))), "the copy read first is the original");
        assertTrue(summary.find(Node.ANY, DIP.articleCount, Node.ANY).hasNext(), "counts are kept");
    }

    private Map<Node, Graph> load(String name, int batch, List<String> paths, List<String> reported) {
        try (Store store = Store.open(tmp.resolve(name))) {
            IngestReport r = Ingest.create().store(store).mapper(TestPipeline.mapper()).batch(batch)
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
