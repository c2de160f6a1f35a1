package org.diplograph.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplograph.corpus.Corpus;
import org.diplograph.rdf.DIP;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.rdf.Terms;
import org.diplograph.store.Store;
import org.diplograph.store.TestPipeline;

/**
 * Counting many keys in one grouped query ({@link ManyKeysQuery}), their keys listed or the whole graph
 * read, gives exactly the summary rows one query per key gives: compared as sets of quads on the
 * seeds with the development pages and on a generated corpus, with its copies and shared items.
 */
class GroupedCountTest {
    @TempDir Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"seeds and pages", "generated"})
    void groupedCountsEqualPerKeyCounts(String input) {
        List<String> paths = input.startsWith("seeds") ? List.of("seeds", "src/test/resources/devset/pages")
                : List.of(Corpus.create().seed(7).count(150).build().write(tmp.resolve("corpus")).pages().toString());
        try (Store store = Store.open(tmp.resolve("db"))) {
            IngestReport r = Ingest.create().store(store).mapper(TestPipeline.mapper()).batch(50).mode(Ingest.Mode.EXCLUSIVE)
                    .build().run(paths);
            assertTrue(r.articlesNew() > 10, "articles to count: " + r.articlesNew());
            DatasetGraph dsg = store.dataset();
            Set<String> perKey = counted(dsg, ManyKeysQuery.Scope.PER_KEY);
            assertTrue(perKey.stream().filter(q -> q.contains(DIP.topicTally.getURI())).count() > 3, "topic rows to compare");
            assertTrue(perKey.stream().filter(q -> q.contains(DIP.agreementTally.getURI())).count() > 3, "agreement rows to compare");
            assertTrue(perKey.stream().filter(q -> q.contains(DIP.sourceTally.getURI())).count() > 10, "source rows to compare");
            for (ManyKeysQuery.Scope scope : List.of(ManyKeysQuery.Scope.LISTED, ManyKeysQuery.Scope.WHOLE_GRAPH)) {
                Set<String> grouped = counted(dsg, scope);
                Set<String> missing = new TreeSet<>(perKey);
                missing.removeAll(grouped);
                Set<String> surplus = new TreeSet<>(grouped);
                surplus.removeAll(perKey);
                assertEquals(perKey, grouped, scope + ": missing " + missing + "\nsurplus " + surplus);
            }
        }
    }

    /** The summary graph after its counts were cleared and taken again with {@code scope}, as N-Quads lines. */
    private static Set<String> counted(DatasetGraph dsg, ManyKeysQuery.Scope scope) {
        Txn.executeWrite(dsg, () -> {
            SummaryRebuild.clear(dsg);
            SummaryRebuild.Counted all = SummaryRebuild.all(dsg);
            KeyCounts.recompute(dsg, all.keys(), scope);
            SourceMonthCounts.recompute(dsg, all.articles(), scope);
        });
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            dsg.find(Terms.SUMMARY_GRAPH, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY).forEachRemaining((Quad q) -> out.add(q.toString()));
            return out;
        });
    }
}
