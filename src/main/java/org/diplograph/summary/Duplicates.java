package org.diplograph.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.rdf.DIP;
import org.diplograph.resolve.Fingerprint;

/**
 * Finds articles that tell the same story and links each copy to the original with
 * {@code dip:duplicateOf}, in the summary graph: the link is a fact about two articles, so it is
 * kept apart from what either article states and is remade when either changes.
 *
 * <p>Two articles are copies when their {@link Fingerprint}s are at least {@link #THRESHOLD}
 * similar. Of a group of copies, the original is the best copy: the one whose text needed the
 * fewest repairs; on a tie, the one loaded first (an article already in the store before those
 * now being written), then the one published first, then the smallest key.
 *
 * <p>Copies are found without reading every stored fingerprint: each article's signature is cut
 * into {@link Bands} kept in the summary graph as {@code dip:fingerprintBand}, and the candidates of
 * an article are the articles that share one band with it, found by index look-ups. The banding
 * misses no pair at the threshold (see {@link Bands}), so the links are those a comparison of every
 * pair would make, at a cost that grows with the number of candidates, not of articles.
 */
public final class Duplicates {
    public static final double THRESHOLD = 0.6;
    private static final Node PUBLISHED = org.apache.jena.vocabulary.SchemaDO.datePublished.asNode();

    private Duplicates() {}

    /**
     * What the duplicate rules compare of an article: its key, fingerprint, repair count and
     * publication date (lexical form, or null).
     */
    public record Copy(Node article, String key, String fingerprint, long repairs, String published) {
        /**
         * The copy an article is compared as, from the values written for it; null when it is never a
         * copy nor an original (no fingerprint, or a teaser), as {@link Duplicates} would read it back.
         */
        public static Copy of(Node article, String key, String fingerprint, long repairs, String published, boolean teaser) {
            return fingerprint == null || key == null || teaser ? null : new Copy(article, key, fingerprint, repairs, published);
        }
    }

    /**
     * Remakes the duplicate links of the given articles and of their copies. Call inside a write
     * transaction on {@code dsg}.
     *
     * @return the number of links now held for those articles
     */
    public static int link(DatasetGraph dsg, Node summaryGraph, Collection<Node> touched) {
        return link(dsg, summaryGraph, touched, touched);
    }

    /**
     * As {@link #link(DatasetGraph, Node, Collection)}; {@code written}: the articles being written
     * now, in the order they were read, which lose a tie to copies loaded before them (a batch of
     * articles written together links as if they had been written one by one in that order).
     */
    public static int link(DatasetGraph dsg, Node summaryGraph, Collection<Node> touched, Collection<Node> written) {
        return link(dsg, summaryGraph, touched, written, null);
    }

    /**
     * As {@link #link(DatasetGraph, Node, Collection, Collection)}, the candidates and what is compared
     * of them taken from {@code index} (when not null), which is kept equal to the bands written. The
     * touched articles themselves are read from the dataset, where they were just written.
     */
    public static int link(DatasetGraph dsg, Node summaryGraph, Collection<Node> touched, Collection<Node> written,
                           CopyIndex index) {
        return link(dsg, summaryGraph, touched, written, Map.of(), index);
    }

    /**
     * As {@link #link(DatasetGraph, Node, Collection, Collection, CopyIndex)}, an article that is a key
     * of {@code known} compared as its value (null: never a copy nor an original) instead of as read
     * from the dataset: the writer of an article knows what it wrote, so its values need not be read
     * back. Every other article, touched or candidate, is read from the dataset (or the index).
     */
    public static int link(DatasetGraph dsg, Node summaryGraph, Collection<Node> touched, Collection<Node> written,
                           Map<Node, Copy> known, CopyIndex index) {
        return link(dsg, summaryGraph, touched, written, known, index, new HashSet<>());
    }

    /**
     * As {@link #link(DatasetGraph, Node, Collection, Collection, Map, CopyIndex)}, giving
     * {@code regrouped} every article whose link may have changed: the touched ones, the former copies
     * of each (unlinked from it, and linked again only if still similar), and the stored copies found
     * for them, whose former links are replaced (a copy of another original that now joins a touched
     * one's group).
     */
    static int link(DatasetGraph dsg, Node summaryGraph, Collection<Node> touched, Collection<Node> written,
                    Map<Node, Copy> known, CopyIndex index, Set<Node> regrouped) {
        if (touched.isEmpty()) return 0;
        regrouped.addAll(touched);
        Bands.backfill(dsg, summaryGraph);
        Map<Node, Copy> read = new HashMap<>(known);
        for (Node t : touched) {
            dsg.deleteAny(summaryGraph, t, DIP.duplicateOf, Node.ANY);
            // its copies lose their link, and are copies again only if the regrouping finds them
            dsg.find(summaryGraph, Node.ANY, DIP.duplicateOf, t).forEachRemaining(q -> regrouped.add(q.getSubject()));
            dsg.deleteAny(summaryGraph, Node.ANY, DIP.duplicateOf, t);
            Copy c = copy(dsg, t, read);
            Bands.write(dsg, summaryGraph, t, c);
            if (index != null) index.set(t, c);
        }
        Map<Node, Integer> order = new HashMap<>();
        for (Node w : written) order.putIfAbsent(w, order.size() + 1);
        Set<Node> done = new HashSet<>();
        Set<Node> linked = new HashSet<>();
        for (Node t : touched) {
            Copy c = copy(dsg, t, read);
            if (c == null || done.contains(t)) continue;
            List<Copy> group = new ArrayList<>();
            group.add(c);
            for (Copy o : candidates(dsg, summaryGraph, c, index, read)) {
                if (!o.article().equals(t) && copies(c.fingerprint(), o.fingerprint())) group.add(o);
            }
            if (group.size() < 2) continue;
            group.sort(bestFirst(order));
            Copy original = group.get(0);
            for (Copy g : group) {
                done.add(g.article());
                regrouped.add(g.article());
                dsg.deleteAny(summaryGraph, g.article(), DIP.duplicateOf, Node.ANY);
                linked.remove(g.article());
                if (g == original) continue;
                dsg.add(new Quad(summaryGraph, g.article(), DIP.duplicateOf, original.article()));
                linked.add(g.article());
            }
        }
        return linked.size();
    }

    /**
     * The order in which the copies of a group are taken as its original: fewest repairs first, then
     * those loaded before the articles being written ({@code order}: the articles written now, from 1
     * in the order read; the others 0), then the one published first, then the smallest key.
     */
    private static Comparator<Copy> bestFirst(Map<Node, Integer> order) {
        return Comparator.comparingLong(Copy::repairs)
                .thenComparingInt(g -> order.getOrDefault(g.article(), 0))
                .thenComparing(Copy::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Copy::key);
    }

    /**
     * The original of the group that an article {@code written} after {@code earlier} (its copies
     * written before it) forms, as {@link #link} chooses it when the articles are written one at a
     * time: for a job that finds the groups otherwise (a join on the {@link #bands}) and must link
     * them alike.
     */
    public static Copy original(Copy written, Collection<Copy> earlier) {
        List<Copy> group = new ArrayList<>(earlier.size() + 1);
        group.add(written);
        group.addAll(earlier);
        group.sort(bestFirst(Map.of(written.article(), 1)));
        return group.get(0);
    }

    /** Whether two fingerprints are those of copies ({@link #THRESHOLD}), compared as {@link #link} compares a new article with a candidate. */
    public static boolean copies(String writtenFingerprint, String candidateFingerprint) {
        return Fingerprint.similarity(writtenFingerprint, candidateFingerprint) >= THRESHOLD;
    }

    /**
     * The band values of a fingerprint ({@link Bands}), as written with {@code dip:fingerprintBand}: two
     * copies share at least one, so a join on them finds every pair {@link #copies} may accept.
     */
    public static List<String> bands(String fingerprint) {
        return Bands.values(fingerprint);
    }

    /** The stored articles that share a band with {@code c} (maybe a few more, from the index). */
    private static List<Copy> candidates(DatasetGraph dsg, Node summaryGraph, Copy c, CopyIndex index, Map<Node, Copy> read) {
        if (index != null) return index.candidates(c.fingerprint());
        List<Copy> out = new ArrayList<>();
        for (Node candidate : Bands.candidates(dsg, summaryGraph, c.fingerprint())) {
            Copy o = copy(dsg, candidate, read);
            if (o != null) out.add(o);
        }
        return out;
    }

    /**
     * What the duplicate rules need of a stored article, read from whichever graph states it; null
     * for an article that is not stored, has no key or fingerprint, or is a teaser (teasers are
     * never copies nor originals).
     */
    static Copy copy(DatasetGraph dsg, Node article, Map<Node, Copy> read) {
        if (read.containsKey(article)) return read.get(article);
        Copy c = null;
        String fp = value(dsg, article, DIP.fingerprint);
        String key = value(dsg, article, DIP.key);
        if (fp != null && key != null && !teaser(dsg, article)) {
            String repairs = value(dsg, article, DIP.repairCount);
            c = new Copy(article, key, fp, repairs == null ? Long.MAX_VALUE : Long.parseLong(repairs),
                    value(dsg, article, PUBLISHED));
        }
        read.put(article, c);
        return c;
    }

    static boolean teaser(DatasetGraph dsg, Node article) {
        Iterator<Quad> it = dsg.find(Node.ANY, article, DIP.isTeaser, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral() && "true".equals(o.getLiteralLexicalForm())) return true;
        }
        return false;
    }

    private static String value(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) return o.getLiteralLexicalForm();
        }
        return null;
    }
}
