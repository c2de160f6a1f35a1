package org.diplograph.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.rdf.ArticleMapper;
import org.diplograph.rdf.Terms;
import org.diplograph.store.Store;
import org.diplograph.store.TestPipeline;
import org.diplograph.store.GeneratedArticles;

/**
 * Events and agreements that several articles report share one IRI, and the summary's queries join
 * across article graphs: an article can change the rows of a key it never names. Counting in every
 * batch (the live path) must still give the rows a recount from scratch gives.
 */
class SharedItemCountTest {
    @TempDir Path tmp;

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void countingInEveryBatchEqualsARecount(int batch) throws IOException {
        Path in = GeneratedArticles.write(tmp.resolve("in"), 80);
        try (Store store = Store.open(tmp.resolve("db"))) {
            IngestReport r = Ingest.create().store(store).mapper(TestPipeline.mapper()).batch(batch).mode(Ingest.Mode.LIVE)
                    .build().run(List.of(in.toString()));
            assertEquals(80, r.articlesNew(), r.problems().toString());
            Set<String> live = summary(store.dataset());
            SummaryRebuild.run(store);
            Set<String> recount = summary(store.dataset());
            assertTrue(recount.size() > 100, "a summary to compare");
            Set<String> missing = new TreeSet<>(recount);
            missing.removeAll(live);
            Set<String> surplus = new TreeSet<>(live);
            surplus.removeAll(recount);
            assertTrue(missing.isEmpty() && surplus.isEmpty(), "missing " + missing + "\nsurplus " + surplus);
        }
    }

    /**
     * A later article that adds a topic to an event an earlier one reported, without naming the
     * earlier one's countries: the earlier relation's topic rows change, and counting in the batch
     * finds that relation through the shared event.
     */
    @org.junit.jupiter.api.Test
    void anArticleThatAddsToASharedEventRecountsTheKeysOfThatEvent() throws IOException {
        Path in = java.nio.file.Files.createDirectories(tmp.resolve("shared"));
        java.nio.file.Files.writeString(in.resolve("a-first.txt"), GeneratedArticles.text(0));   // France and Chile
        java.nio.file.Files.writeString(in.resolve("b-second.txt"), GeneratedArticles.text(2));  // other countries
        Node[] firstEvent = new Node[1];
        ArticleMapper standard = TestPipeline.mapper();
        ArticleMapper sharing = new ArticleMapper() {
            @Override public Node graphFor(String key) { return standard.graphFor(key); }
            @Override public void ontology(org.apache.jena.riot.system.StreamRDF out) { standard.ontology(out); }
            @Override public void map(org.diplograph.extract.Facts.Article article, String file, String hash,
                    org.apache.jena.riot.system.StreamRDF out) {
                standard.map(article, file, hash, out);
                if (file.endsWith("b-second.txt")) {   // this story also reports the first story's event
                    Node self = org.apache.jena.graph.NodeFactory.createURI(org.diplograph.rdf.Iris.article("b-second"));
                    out.quad(Quad.create(graphFor("b-second"), firstEvent[0], org.diplograph.rdf.Vocab.PROV.wasDerivedFrom, self));
                    out.quad(Quad.create(graphFor("b-second"), firstEvent[0], org.diplograph.rdf.DIP.topicText,
                            org.apache.jena.graph.NodeFactory.createLiteralString("pisciculture d'altitude")));
                }
            }
        };
        try (Store store = Store.open(tmp.resolve("db"))) {
            Ingest live = Ingest.create().store(store).mapper(sharing).batch(1).mode(Ingest.Mode.LIVE).build();
            live.run(List.of(in.resolve("a-first.txt").toString()));
            DatasetGraph dsg = store.dataset();
            firstEvent[0] = Txn.calculateRead(dsg, () -> dsg.find(standard.graphFor("a-first"), Node.ANY,
                    org.diplograph.rdf.DIP.relation, Node.ANY).next().getSubject());
            live.run(List.of(in.resolve("b-second.txt").toString()));
            Set<String> counted = summary(dsg);
            assertTrue(counted.stream().anyMatch(q -> q.contains("pisciculture d'altitude")), "the shared event's new topic is counted");
            SummaryRebuild.run(store);
            assertEquals(summary(dsg), counted);
        }
    }

    private static Set<String> summary(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            dsg.find(Terms.SUMMARY_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.toString()));
            return out;
        });
    }
}
