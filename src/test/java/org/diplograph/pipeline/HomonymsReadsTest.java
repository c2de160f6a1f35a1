package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.store.Store;

/**
 * Within one write, what the homonym check reads of the other article graphs is read once: a batch
 * of articles naming one minister, spelled with and without diacritics in turn, reads each earlier
 * article's account of him once, not once per later article; and the answers are those of a check
 * that keeps nothing (each article after the first merges the other spelling, nobody is told apart).
 */
class HomonymsReadsTest {
    private static final Node PERSON = NodeFactory.createURI(Vocab.ID + "person/tran-van-binh");
    private static final Node VN = NodeFactory.createURI(Vocab.ID + "country/VN");
    private static final int ARTICLES = 12;

    @TempDir Path tmp;

    @Test
    void aBatchReadsEachArticleOnceAndAnswersAsBefore() {
        try (Store store = Store.open(tmp.resolve("data"))) {
            DatasetGraph dsg = store.dataset();
            AtomicInteger reads = new AtomicInteger();
            DatasetGraph counted = new DatasetGraphWrapper(dsg) {
                @Override
                public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
                    if (DIP.servesCountry.equals(p) && g.isConcrete()) reads.incrementAndGet();   // one per facet read
                    return super.find(g, s, p, o);
                }
            };
            List<List<Quad>> written = new ArrayList<>();
            Txn.executeWrite(dsg, () -> {
                Homonyms homonyms = Homonyms.reading(counted);
                for (int n = 1; n <= ARTICLES; n++) {
                    Node graph = NodeFactory.createURI(Vocab.ID + "graph/article/story-" + n);
                    List<Quad> quads = homonyms.tellApart(graph, article(graph, n));
                    dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                    quads.forEach(dsg::add);
                    homonyms.written(graph);
                    written.add(quads);
                }
            });
            assertTrue(reads.get() <= ARTICLES, "each article's account read at most once: " + reads.get() + " reads");
            for (int n = 2; n <= ARTICLES; n++) {
                List<Quad> quads = written.get(n - 1);
                assertTrue(quads.stream().noneMatch(q -> q.getPredicate().equals(DIP.homonymOf)), "article " + n + " told apart");
                assertEquals(1, quads.stream().filter(q -> q.getPredicate().equals(SKOS.altLabel.asNode())).count(),
                        "article " + n + " merges its spelling");
            }

            // a namesake of another office in the same batch is still told apart, as without the cache
            Txn.executeWrite(dsg, () -> {
                Homonyms homonyms = Homonyms.reading(dsg);
                Node graph = NodeFactory.createURI(Vocab.ID + "graph/article/story-health");
                List<Quad> quads = homonyms.tellApart(graph, article(graph, 1, "ministre de la Santé"));
                assertEquals(Homonyms.tellApart(dsg, graph, article(graph, 1, "ministre de la Santé")), quads);
                assertTrue(quads.stream().anyMatch(q -> q.getPredicate().equals(DIP.homonymOf)), "namesake told apart: " + quads);
            });
        }
    }

    private static List<Quad> article(Node graph, int n) {
        return article(graph, n, "ministre des Affaires étrangères");
    }

    /** An article naming the minister, with diacritics in odd articles and without in even ones. */
    private static List<Quad> article(Node graph, int n, String title) {
        Node holding = NodeFactory.createURI(Vocab.ID + "office/story-" + n + "-" + title.length() + "/1");
        String name = n % 2 == 1 ? "Trần Văn Bình" : "Tran Van Binh";
        return List.of(
                Quad.create(graph, PERSON, RDF.Nodes.type, DIP.Person),
                Quad.create(graph, PERSON, RDFS.Nodes.label, NodeFactory.createLiteralString(name)),
                Quad.create(graph, PERSON, DIP.servesCountry, VN),
                Quad.create(graph, holding, ORG.member.asNode(), PERSON),
                Quad.create(graph, holding, DIP.title, NodeFactory.createLiteralString(title)));
    }
}
