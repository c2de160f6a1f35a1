package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.diplograph.DiplographException;
import org.diplograph.corpus.Corpus;
import org.diplograph.store.Snapshot;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both of Jena's loaders give the same dataset from the same N-Quads partitions: the dataset the
 * partitions were exported from (seeds and a generated corpus with its copies), quad for
 * quad, with summary counts that a recount leaves as they are and a text index that finds what the
 * dataset holds. A file that is not N-Quads is named with its line and left out.
 */
public class PartitionLoadTest {
    @TempDir Path tmp;

    @Test
    @Tag("integration")   // the xloader runs in child processes
    void bothLoadersGiveTheExportedDataset() throws IOException {
        Corpus.Written corpus = Corpus.create().seed(20).count(40).build().write(tmp.resolve("corpus"));
        Map<Node, Graph> source;
        Path parts = tmp.resolve("parts");
        try (Store store = Store.open(tmp.resolve("source"))) {
            Ingest.create().store(store).teasers(true).mode(Ingest.Mode.BULK).build()
                    .run(List.of("seeds", corpus.pages().toString()));
            source = Snapshot.of(store.dataset(), null);
            partitions(store.dataset(), parts, 3);
        }
        // what a partitioned writer leaves beside its parts is passed over; a broken part is left out, named
        Files.writeString(parts.resolve("_SUCCESS"), "");
        Files.writeString(parts.resolve("notes.txt"), "not a partition\n");
        Files.writeString(parts.resolve("part-9.nq"), "<urn:a> <urn:b> <urn:c> <urn:g> .\n<urn:a> <urn:b> \"open .\n");

        Map<PartitionLoad.Loader, Map<Node, Graph>> loaded = new LinkedHashMap<>();
        for (PartitionLoad.Loader loader : List.of(PartitionLoad.Loader.PARALLEL, PartitionLoad.Loader.XLOADER)) {
            Path db = tmp.resolve(loader.name().toLowerCase());
            List<String> problems = new ArrayList<>();
            try (Store store = Store.open(db)) {
                PartitionLoad.Result r = PartitionLoad.create().store(store).loader(loader).tmpdir(tmp.resolve("work"))
                        .problems((origin, message) -> problems.add(origin + ": " + message))
                        .build().run(List.of(parts));
                assertEquals(loader, r.loader());
                assertEquals(3, r.loaded().size(), r.loaded() + " " + problems);
                assertEquals(2, r.leftOut(), problems.toString());
                assertTrue(problems.stream().anyMatch(p -> p.startsWith(parts.resolve("part-9.nq") + ": not N-Quads")
                        && p.contains("[line: ")), problems.toString());
                assertTrue(problems.stream().anyMatch(p -> p.startsWith(parts.resolve("notes.txt") + ": not an N-Quads partition")),
                        problems.toString());
                Map<Node, Graph> got = Snapshot.of(store.dataset(), null);
                loaded.put(loader, got);

                // the summary as a recount leaves it
                Map<Node, Graph> summary = Snapshot.of(store.dataset(), null);
                AfterLoad.run(store);
                assertSameQuads(summary, Snapshot.of(store.dataset(), null));

                // the text index finds what the dataset holds
                Set<String> hanoi = TextSearchTest.oracle(store, "\\\\bhano[iï]\\\\b");
                assertFalse(hanoi.isEmpty());
                assertEquals(hanoi, TextSearchTest.mentions(store, "hanoi", List.of()));

                // not empty any more: a second load is refused, the dataset left as it was
                DiplographException e = assertThrows(DiplographException.class,
                        () -> PartitionLoad.create().store(store).loader(loader).build().run(List.of(parts)));
                assertTrue(e.getMessage().contains("not empty"), e.getMessage());
                assertSameQuads(got, Snapshot.of(store.dataset(), null));
            }
            assertFalse(Files.exists(db.resolve("tdb2-loading")), "no copy left beside the dataset");
            assertTrue(!Files.exists(tmp.resolve("work")) || Files.list(tmp.resolve("work")).findAny().isEmpty(),
                    "the xloader's work files are removed");
        }
        assertSameQuads(loaded.get(PartitionLoad.Loader.PARALLEL), loaded.get(PartitionLoad.Loader.XLOADER));
        assertSameQuads(source, loaded.get(PartitionLoad.Loader.XLOADER));
    }

    @Test
    void theLoaderIsChosenByTheDatabaseTheInputMakesAgainstMemory() {
        long gib = 1L << 30;
        assertEquals(PartitionLoad.Loader.PARALLEL, PartitionLoad.choose(2 * gib, 24 * gib, 2 * gib).loader());
        assertEquals(PartitionLoad.Loader.XLOADER, PartitionLoad.choose(10 * gib, 24 * gib, 2 * gib).loader());
        assertEquals(PartitionLoad.Loader.XLOADER, PartitionLoad.choose(2 * gib, 4 * gib, 2 * gib).loader());
        assertTrue(PartitionLoad.choose(2 * gib, 24 * gib, 2 * gib).why().contains("11,264 MB of memory"),
                PartitionLoad.choose(2 * gib, 24 * gib, 2 * gib).why());
    }

    @Test
    void aCompressedPartitionIsMeasuredByItsNQuads() throws IOException {
        Path gz = tmp.resolve("p.nq.gz");
        byte[] line = "<urn:a> <urn:b> \"c\" <urn:g> .\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            for (int i = 0; i < 1000; i++) out.write(line);
        }
        assertEquals(1000L * line.length, PartitionLoad.nquadsBytes(gz));
    }

    /** Writes the dataset's quads as {@code n} N-Quads partitions by graph, the last one compressed. */
    static void partitions(DatasetGraph dsg, Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<DatasetGraph> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) parts.add(DatasetGraphFactory.create());
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> parts.get(Math.floorMod(q.getGraph().hashCode(), n)).add(q)));
        for (int i = 0; i < n; i++) {
            boolean gz = i == n - 1;
            Path f = dir.resolve(String.format("part-%05d.nq%s", i, gz ? ".gz" : ""));
            try (OutputStream out = gz ? new GZIPOutputStream(Files.newOutputStream(f)) : Files.newOutputStream(f)) {
                RDFDataMgr.write(out, parts.get(i), Lang.NQUADS);
            }
        }
    }

    /**
     * The same graphs, quad for quad: compared as sets (those with blank nodes, the ontology's shapes,
     * as graphs up to their blank nodes), the missing and surplus quads printed when they differ.
     */
    public static void assertSameQuads(Map<Node, Graph> expected, Map<Node, Graph> actual) {
        Set<Node> names = new HashSet<>(expected.keySet());
        names.addAll(actual.keySet());
        List<String> differences = new ArrayList<>();
        for (Node g : names) {
            Graph e = expected.get(g);
            Graph a = actual.get(g);
            if (e == null || a == null) {
                differences.add((e == null ? "surplus graph " : "missing graph ") + g);
                continue;
            }
            if (blank(e) || blank(a)) {
                if (!e.isIsomorphicWith(a)) differences.add("graph " + g + " differs (with blank nodes)");
                continue;
            }
            Set<String> want = lines(g, e);
            Set<String> got = lines(g, a);
            for (String q : want) if (!got.contains(q)) differences.add("missing " + q);
            for (String q : got) if (!want.contains(q)) differences.add("surplus " + q);
        }
        assertTrue(differences.isEmpty(), differences.size() + " differences:\n" + String.join("\n",
                differences.subList(0, Math.min(30, differences.size()))));
    }

    private static boolean blank(Graph g) {
        return g.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).hasNext();
    }

    private static Set<String> lines(Node g, Graph graph) {
        Set<String> out = new TreeSet<>();
        graph.find().forEachRemaining(t -> out.add(FmtUtils.stringForQuad(Quad.create(g, t))));
        return out;
    }
}
