package org.diplograph.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Terms;
import org.junit.jupiter.api.Test;

/**
 * Filing again from the first row that changed ({@link RankedPages#refile}) leaves the same ranks and
 * pages as filing the whole list from scratch, for rows several ranks wide, after rows are added at
 * the end (the usual case), in the middle and at the start, removed, and made wider or narrower,
 * on a list of many pages (a TDB2 dataset in memory).
 */
class RankedPagesTest {
    private static final RankedPages PAGES = new RankedPages(DIP.evidencePage, "tally/test-page/", 20);
    private static final Node LIST = NodeFactory.createURI("https://w3id.org/diplograph/id/relation/JP-VN");
    private static final Comparator<Node> ORDER = Comparator.comparing(Node::getURI);

    @Test
    void refilingFromTheFirstChangeEqualsFilingFromScratch() {
        DatasetGraph kept = DatabaseMgr.createDatasetGraph();
        Random random = new Random(7);
        TreeMap<String, Long> rows = new TreeMap<>();
        for (int i = 0; i < 120; i++) rows.put(String.format("k%04d", i * 10), 1L + random.nextInt(9));
        Txn.executeWrite(kept, () -> PAGES.file(kept, LIST, nodes(rows), 0, row -> rows.get(row.getURI())));
        assertSame(kept, rows, "filed whole");

        List<Map<String, Long>> changes = List.of(
                Map.of("k9999", 5L),                        // a new row at the end
                Map.of("k0555", 3L, "k0556", 40L),          // new rows in the middle, one wider than a page
                Map.of("k0000", 0L),                        // the first row removed
                Map.of("k0300", 25L, "k1190", 0L),          // a row made wider, the last removed
                Map.of("a", 2L),                            // a new first row
                Map.of("k0556", 1L, "k0700", 0L, "k0710", 0L));
        for (Map<String, Long> change : changes) {
            List<Node> changed = new ArrayList<>();
            change.forEach((key, width) -> {
                if (width == 0) rows.remove(key);
                else rows.put(key, width);
                changed.add(NodeFactory.createURI(key));
            });
            Txn.executeWrite(kept, () -> {
                // a removed row's own quads go with it, as its owner removes them
                for (Node row : changed) if (!rows.containsKey(row.getURI())) kept.deleteAny(Terms.SUMMARY_GRAPH, row, Node.ANY, Node.ANY);
                PAGES.refile(kept, LIST, ORDER, changed, row -> rows.getOrDefault(row.getURI(), 0L), row -> rows.containsKey(row.getURI()));
            });
            assertSame(kept, rows, "after " + change);
        }
    }

    @Test
    void rowsFiledAsTheyComeEqualTheListFiledWhole() {
        Random random = new Random(11);
        Node other = NodeFactory.createURI("https://w3id.org/diplograph/id/relation/FR-VN");
        TreeMap<String, Long> rows = new TreeMap<>();
        TreeMap<String, Long> others = new TreeMap<>();
        // widths of one rank, of several, of more than a page (45), and rows of no width, which take
        // a rank and no page entry; two lists interleaved, as a rebuild writes many entities' rows
        for (int i = 0; i < 150; i++) {
            long width = i % 37 == 5 ? 45 : i % 29 == 3 ? 0 : 1 + random.nextInt(9);
            (i % 3 == 0 ? others : rows).put(String.format("k%04d", i), width);
        }
        DatasetGraph appended = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(appended, () -> {
            RankedPages.Appending filer = PAGES.new Appending();
            for (int i = 0; i < 150; i++) {
                String key = String.format("k%04d", i);
                boolean mine = rows.containsKey(key);
                filer.add(appended, mine ? LIST : other, NodeFactory.createURI(key), (mine ? rows : others).get(key));
            }
        });
        DatasetGraph whole = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(whole, () -> {
            PAGES.file(whole, LIST, nodes(rows), 0, row -> rows.get(row.getURI()));
            PAGES.file(whole, other, nodes(others), 0, row -> others.get(row.getURI()));
        });
        TreeSet<String> expected = quads(whole);
        TreeSet<String> got = quads(appended);
        TreeSet<String> missing = new TreeSet<>(expected);
        missing.removeAll(got);
        TreeSet<String> surplus = new TreeSet<>(got);
        surplus.removeAll(expected);
        assertEquals(List.of(), List.copyOf(missing), "missing; surplus: " + surplus);
        assertEquals(List.of(), List.copyOf(surplus), "surplus");
    }

    /** The ranks and pages of {@code kept} equal those of the rows filed whole in a new dataset. */
    private static void assertSame(DatasetGraph kept, TreeMap<String, Long> rows, String when) {
        DatasetGraph scratch = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(scratch, () -> PAGES.file(scratch, LIST, nodes(rows), 0, row -> rows.get(row.getURI())));
        assertEquals(quads(scratch), quads(kept), when);
    }

    private static List<Node> nodes(TreeMap<String, Long> rows) {
        return rows.keySet().stream().map(NodeFactory::createURI).toList();
    }

    /** The summary graph's quads. */
    private static TreeSet<String> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            TreeSet<String> out = new TreeSet<>();
            dsg.find(Terms.SUMMARY_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining((Quad q) -> out.add(q.toString()));
            return out;
        });
    }
}
