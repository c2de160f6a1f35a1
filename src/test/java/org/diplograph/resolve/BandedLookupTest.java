package org.diplograph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Iris;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies are found through the fingerprint bands, and the links are exactly those a comparison of
 * every pair gives: 2,000 synthetic signatures in families whose members differ by 0 to 40 words,
 * many of them right at the threshold (25 and 26 differing words).
 */
class BandedLookupTest {
    private static final int ARTICLES = 2000;
    private static final Node SUMMARY = NodeFactory.createURI(Iris.SUMMARY_GRAPH);

    record Synthetic(Node article, String key, String fingerprint, long repairs) {}

    @Test
    void bandedLinksEqualTheAllPairsAnswer(@TempDir Path tmp) {
        List<Synthetic> all = synthetic(new Random(42));
        try (Store store = Store.open(tmp.resolve("data"))) {
            DatasetGraph dsg = store.dataset();
            Txn.executeWrite(dsg, () -> {
                for (Synthetic s : all) {
                    Node g = NodeFactory.createURI(Iris.articleGraph(s.key()));
                    dsg.add(g, s.article(), DIP.key, NodeFactory.createLiteralString(s.key()));
                    dsg.add(g, s.article(), DIP.fingerprint, NodeFactory.createLiteralString(s.fingerprint()));
                    dsg.add(g, s.article(), DIP.repairCount, NodeFactory.createLiteralString(Long.toString(s.repairs())));
                }
            });
            List<Node> touched = all.stream().map(Synthetic::article).toList();
            Map<Node, Node> expected = allPairs(all);
            Map<Node, Node> linked = new HashMap<>();
            Txn.executeWrite(dsg, () -> {
                int n = Duplicates.link(dsg, SUMMARY, touched);
                dsg.find(SUMMARY, Node.ANY, DIP.duplicateOf, Node.ANY)
                        .forEachRemaining(q -> linked.put(q.getSubject(), q.getObject()));
                assertEquals(linked.size(), n);
            });
            assertTrue(expected.size() > 500, "the families make many links: " + expected.size());
            Map<String, String> want = names(expected);
            Map<String, String> got = names(linked);
            Set<String> differ = new java.util.TreeSet<>();
            want.forEach((k, v) -> { if (!v.equals(got.get(k))) differ.add(k + " -> " + v + " but " + got.get(k)); });
            got.forEach((k, v) -> { if (!want.containsKey(k)) differ.add(k + " -> " + v + " unexpected"); });
            assertEquals(Set.of(), differ.stream().limit(5).collect(java.util.stream.Collectors.toSet()), differ.size() + " links differ");

            // every pair at the threshold shares a band, and an article's candidates are few
            Txn.executeRead(dsg, () -> {
                long candidates = 0;
                for (Synthetic a : all) {
                    Set<Node> found = Bands.candidates(dsg, SUMMARY, a.fingerprint());
                    candidates += found.size();
                    for (Synthetic b : all) {
                        if (Fingerprint.similarity(a.fingerprint(), b.fingerprint()) >= Duplicates.THRESHOLD) {
                            assertTrue(found.contains(b.article()), a.key() + " finds its copy " + b.key() + " by a band");
                        }
                    }
                }
                assertTrue(candidates < ARTICLES * 20L, "candidates come from bands, not from all articles: " + candidates);
            });
        }
    }

    /** Families of a random signature and variants with some words replaced, some at the threshold. */
    private static List<Synthetic> synthetic(Random random) {
        List<Synthetic> out = new ArrayList<>();
        String base = null;
        HexFormat hex = HexFormat.of();
        for (int i = 0; i < ARTICLES; i++) {
            String fp;
            if (base == null || random.nextInt(4) == 0) {
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < Fingerprint.SIZE; k++) b.append(hex.toHexDigits(random.nextInt()));
                fp = b.toString();
                base = fp;
            } else {
                int differing = random.nextBoolean() ? 24 + random.nextInt(4) : random.nextInt(41);
                char[] c = base.toCharArray();
                List<Integer> words = new ArrayList<>();
                for (int k = 0; k < Fingerprint.SIZE; k++) words.add(k);
                java.util.Collections.shuffle(words, random);
                for (int k : words.subList(0, differing)) {
                    hex.toHexDigits(random.nextInt()).getChars(0, 8, c, k * 8);
                }
                fp = new String(c);
                if (random.nextInt(3) == 0) base = fp;   // chains: a copy of a copy
            }
            String key = String.format("s%04d", random.nextInt(1_000_000)) + "-" + i;
            out.add(new Synthetic(NodeFactory.createURI(Iris.article(key)), key, fp, random.nextInt(3)));
        }
        return out;
    }

    /**
     * The rule of {@link Duplicates}, applied by comparing every pair, all articles written now in the
     * order of the list: fewest repairs, then read first, then smallest key.
     */
    private static Map<Node, Node> allPairs(List<Synthetic> all) {
        Map<Synthetic, Integer> order = new HashMap<>();
        for (Synthetic s : all) order.put(s, order.size());
        Map<Node, Node> links = new HashMap<>();
        Set<Node> done = new HashSet<>();
        for (Synthetic c : all) {
            if (done.contains(c.article())) continue;
            List<Synthetic> group = new ArrayList<>();
            group.add(c);
            for (Synthetic o : all) {
                if (o != c && Fingerprint.similarity(c.fingerprint(), o.fingerprint()) >= Duplicates.THRESHOLD) group.add(o);
            }
            if (group.size() < 2) continue;
            group.sort(Comparator.comparingLong(Synthetic::repairs).thenComparing(order::get).thenComparing(Synthetic::key));
            for (Synthetic g : group) {
                done.add(g.article());
                links.remove(g.article());
                if (g != group.get(0)) links.put(g.article(), group.get(0).article());
            }
        }
        return links;
    }

    private static Map<String, String> names(Map<Node, Node> links) {
        Map<String, String> out = new HashMap<>();
        links.forEach((a, b) -> out.put(a.getURI(), b.getURI()));
        return out;
    }
}
