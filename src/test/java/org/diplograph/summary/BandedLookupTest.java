package org.diplograph.summary;

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
import org.diplograph.resolve.Fingerprint;
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

    /**
     * The in-memory index gives the links that look-ups in the dataset give, step by step: articles
     * written and linked in chunks, the index loaded from a dataset that already holds some (so it reads
     * what was stored), then some articles rewritten with another text, some becoming teasers, and one
     * removed. After each step both datasets hold the same links and bands.
     */
    @Test
    void indexedLinksEqualLookedUpLinksStepByStep(@TempDir Path tmp) {
        List<Synthetic> all = synthetic(new Random(7));
        Random random = new Random(8);
        try (Store lookedUp = Store.open(tmp.resolve("looked-up")); Store indexed = Store.open(tmp.resolve("indexed"))) {
            CopyIndex[] index = new CopyIndex[1];
            for (int from = 0, step = 0; from < all.size(); from += 250, step++) {
                List<Synthetic> chunk = all.subList(from, Math.min(all.size(), from + 250));
                boolean load = step == 2;
                for (Store store : List.of(lookedUp, indexed)) {
                    DatasetGraph dsg = store.dataset();
                    boolean useIndex = store == indexed && step >= 2;
                    Txn.executeWrite(dsg, () -> {
                        if (useIndex && load) index[0] = CopyIndex.load(dsg, SUMMARY);
                        for (Synthetic s : chunk) {
                            write(dsg, s, false);
                            Duplicates.link(dsg, SUMMARY, touched(dsg, s.article()), List.of(s.article()), useIndex ? index[0] : null);
                        }
                    });
                }
                if (step == 2) assertTrue(index[0].size() >= 400, "the index reads the stored articles: " + index[0].size());
                if (step >= 3) {   // rewrite some stored articles: another text, or now a teaser
                    for (int k = 0; k < 20; k++) {
                        Synthetic old = all.get(random.nextInt(from));
                        Synthetic changed = new Synthetic(old.article(), old.key(), all.get(random.nextInt(from)).fingerprint(), random.nextInt(3));
                        boolean teaser = k % 5 == 0;
                        for (Store store : List.of(lookedUp, indexed)) {
                            DatasetGraph dsg = store.dataset();
                            Txn.executeWrite(dsg, () -> {
                                write(dsg, changed, teaser);
                                Duplicates.link(dsg, SUMMARY, touched(dsg, changed.article()), List.of(changed.article()),
                                        store == indexed ? index[0] : null);
                            });
                        }
                    }
                }
                assertSameSummary(lookedUp, indexed, "step " + step);
            }
            // a removed article: its copies are grouped again, and the index forgets it
            Synthetic gone = all.get(3);
            for (Store store : List.of(lookedUp, indexed)) {
                DatasetGraph dsg = store.dataset();
                Txn.executeWrite(dsg, () -> {
                    List<Node> touched = touched(dsg, gone.article());
                    dsg.deleteAny(NodeFactory.createURI(Iris.articleGraph(gone.key())), Node.ANY, Node.ANY, Node.ANY);
                    Duplicates.link(dsg, SUMMARY, touched, List.of(gone.article()), store == indexed ? index[0] : null);
                });
            }
            assertSameSummary(lookedUp, indexed, "after a removal");
            assertTrue(summary(indexed).stream().filter(t -> t.contains("duplicateOf")).count() > 300, "many links compared");
        }
    }

    /** Writes the article's graph anew (a teaser when {@code teaser}). */
    private static void write(DatasetGraph dsg, Synthetic s, boolean teaser) {
        Node g = NodeFactory.createURI(Iris.articleGraph(s.key()));
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        dsg.add(g, s.article(), DIP.key, NodeFactory.createLiteralString(s.key()));
        dsg.add(g, s.article(), DIP.fingerprint, NodeFactory.createLiteralString(s.fingerprint()));
        dsg.add(g, s.article(), DIP.repairCount, NodeFactory.createLiteralString(Long.toString(s.repairs())));
        if (teaser) dsg.add(g, s.article(), DIP.isTeaser, NodeFactory.createLiteral("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
    }

    /** The article and those linked to it, as the store's callers pass them. */
    private static List<Node> touched(DatasetGraph dsg, Node article) {
        Set<Node> out = new java.util.LinkedHashSet<>(List.of(article));
        dsg.find(SUMMARY, article, DIP.duplicateOf, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        dsg.find(SUMMARY, Node.ANY, DIP.duplicateOf, article).forEachRemaining(q -> out.add(q.getSubject()));
        return List.copyOf(out);
    }

    /** Both summary graphs hold the same triples; the message shows a few that differ. */
    private static void assertSameSummary(Store expected, Store actual, String when) {
        Set<String> want = summary(expected);
        Set<String> got = summary(actual);
        List<String> differ = new ArrayList<>();
        want.stream().filter(t -> !got.contains(t)).limit(3).forEach(t -> differ.add("-" + t));
        got.stream().filter(t -> !want.contains(t)).limit(3).forEach(t -> differ.add("+" + t));
        assertEquals(List.of(), differ, when);
        assertEquals(want.size(), got.size(), when);
    }

    /** The summary graph's triples, as sorted text. */
    private static Set<String> summary(Store store) {
        Set<String> out = new java.util.TreeSet<>();
        Txn.executeRead(store.dataset(), () -> store.dataset().find(SUMMARY, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> out.add(q.asTriple().toString())));
        return out;
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
