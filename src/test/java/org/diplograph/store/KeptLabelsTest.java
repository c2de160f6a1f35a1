package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names kept in the summary graph ({@link KeptLabels}) are exactly the distinct names the
 * article graphs give, counted from scratch: after a batched ingest, after an article is read again
 * with a changed name, after removals (a name two articles give stays until both are gone), and after
 * the whole summary graph is counted again.
 */
class KeptLabelsTest {
    /** Two stories of our own naming one place; the second also names a person the first does not. */
    private static final String FIRST = """
            La Norvège et le Vietnam renforcent leur coopération énergétique

            Trondheim (VNA) - Le vice-ministre vietnamien de l'Industrie, Vo Minh Khoa, a rencontré le 3 mars \
            à Trondheim le secrétaire d'État norvégien à l'Énergie, Lars Eikeland. Les deux parties ont convenu \
            de développer l'éolien en mer.-VNA
            """;
    private static final String SECOND = """
            Le Vietnam et la Norvège signent un accord sur la pêche

            Trondheim (VNA) - La ministre vietnamienne de l'Agriculture, Trinh Thu Ha, a reçu le 9 avril \
            à Trondheim la secrétaire d'État norvégienne à la Pêche, Ingrid Solbakk. Les deux parties ont \
            signé un protocole d'accord sur la pêche durable.-VNA
            """;

    @TempDir Path tmp;

    @Test
    void keptNamesAreTheArticleGraphsNames() throws IOException {
        GeneratedArticles.write(tmp.resolve("in/generated"), 20);
        Path own = Files.createDirectories(tmp.resolve("in/own"));
        Files.writeString(own.resolve("energie.txt"), FIRST);
        Files.writeString(own.resolve("peche.txt"), SECOND);
        try (Store store = Store.open(tmp.resolve("db"))) {
            ingest(store, List.of("seeds", tmp.resolve("in").toString()));
            Set<String> names = assertKeptEqualsScratch(store, "after ingest");
            assertTrue(names.size() > 50, "names to compare: " + names.size());
            String place = "<" + Iris.place("trondheim") + "> Trondheim";
            assertTrue(names.contains(place), "the place both stories name is kept: " + names);

            // read again with the person's name changed: the old name goes, the new one comes
            Files.writeString(own.resolve("energie.txt"), FIRST.replace("Vo Minh Khoa", "Vo Minh Khanh"));
            ingest(store, List.of(tmp.resolve("in").toString()));
            names = assertKeptEqualsScratch(store, "after reading an article again");
            assertFalse(names.stream().anyMatch(n -> n.endsWith(" Vo Minh Khoa")), "the old name is gone");
            assertTrue(names.stream().anyMatch(n -> n.endsWith(" Vo Minh Khanh")), "the new name is kept");

            Removal removal = Removal.create().store(store).mapper(TestPipeline.mapper()).build();
            assertTrue(removal.remove("energie"));
            names = assertKeptEqualsScratch(store, "after removing one of the two stories");
            assertTrue(names.contains(place), "the other story still names the place");
            assertTrue(removal.remove("peche"));
            names = assertKeptEqualsScratch(store, "after removing both stories");
            assertFalse(names.contains(place), "no story names the place any more");

            SummaryRebuild.run(store);
            assertKeptEqualsScratch(store, "after counting the whole summary again");
            assertTrue(rowLabels(store) > 0, "the rows' own names are left as they are");
        }
    }

    /** A dataset whose summary graph lacks the names (loaded by other means) gets them from a rebuild. */
    @Test
    void rebuildWritesTheNamesOfADatasetLoadedWithoutThem() throws IOException {
        Path own = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(own.resolve("energie.txt"), FIRST);
        try (Store store = Store.open(tmp.resolve("db"))) {
            ingest(store, List.of(own.toString()));
            DatasetGraph dsg = store.dataset();
            Txn.executeWrite(dsg, () -> dsg.deleteAny(Terms.SUMMARY_GRAPH, Node.ANY, RDFS.Nodes.label, Node.ANY));
            Txn.executeWrite(dsg, () -> dsg.add(Terms.SUMMARY_GRAPH, NodeFactory.createURI(Iris.place("nulle-part")),
                    RDFS.Nodes.label, NodeFactory.createLiteralString("Nulle part")));
            assertFalse(kept(store).equals(scratch(store)), "the summary graph has lost its names");
            SummaryRebuild.run(store);
            assertKeptEqualsScratch(store, "after the rebuild");
        }
    }

    private static void ingest(Store store, List<String> paths) {
        IngestReport r = Ingest.create().store(store).mapper(TestPipeline.mapper()).batch(7).build().run(paths);
        assertEquals(0, r.failed(), r.problems().toString());
    }

    private static Set<String> assertKeptEqualsScratch(Store store, String when) {
        Set<String> scratch = scratch(store);
        Set<String> kept = kept(store);
        Set<String> missing = new TreeSet<>(scratch);
        missing.removeAll(kept);
        Set<String> extra = new TreeSet<>(kept);
        extra.removeAll(scratch);
        assertEquals("missing [] extra []", "missing " + missing + " extra " + extra, when);
        return scratch;
    }

    /** The distinct names of the article graphs, read quad by quad. */
    private static Set<String> scratch(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            store.dataset().find(Node.ANY, Node.ANY, RDFS.Nodes.label, Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().getURI().startsWith(Terms.ARTICLE_GRAPHS)) out.add(text(q.getSubject(), q.getObject()));
            });
            return out;
        });
    }

    /** The summary graph's names but those of its own rows. */
    private static Set<String> kept(Store store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            dsg.find(Terms.SUMMARY_GRAPH, Node.ANY, RDFS.Nodes.label, Node.ANY).forEachRemaining(q -> {
                if (!dsg.contains(Terms.SUMMARY_GRAPH, q.getSubject(), RDF.Nodes.type, DIP.Tally)) {
                    out.add(text(q.getSubject(), q.getObject()));
                }
            });
            return out;
        });
    }

    private static long rowLabels(Store store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> dsg.stream(Terms.SUMMARY_GRAPH, Node.ANY, RDFS.Nodes.label, Node.ANY)
                .filter(q -> dsg.contains(Terms.SUMMARY_GRAPH, q.getSubject(), RDF.Nodes.type, DIP.Tally)).count());
    }

    private static String text(Node subject, Node label) {
        return "<" + subject.getURI() + "> " + label.getLiteralLexicalForm()
                + (label.getLiteralLanguage().isEmpty() ? "" : "@" + label.getLiteralLanguage());
    }
}
