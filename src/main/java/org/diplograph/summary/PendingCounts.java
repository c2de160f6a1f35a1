package org.diplograph.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.DIP;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.diplograph.rdf.Terms;
import org.diplograph.store.Store;
import org.diplograph.store.StoreWrite;

/**
 * Summary rows whose recount was put off to the end of a run: {@code NODE dip:recountPending true}
 * in the summary graph, for a summary key ({@link SummaryKeys}) or for an article whose source row and
 * keys must be counted again ({@link SummaryUpdate#recount}).
 *
 * <p>Why: a summary key's count is taken over all of its articles, and the busiest keys are touched
 * by every batch, so counting them in each batch makes the cost of an article grow with the dataset.
 * A run that is the dataset's sole user marks what it touched in the very transaction that writes the
 * articles and counts every marked node once, at its end ({@link #resolve}). A crash between the two
 * leaves the markers with the articles they speak of, never articles without markers: the next
 * command counts them first, whatever it is (each runs {@link #resolve} after opening the dataset;
 * {@link Store#open} itself writes nothing), as do a run that counts at its end
 * and {@code recount}; the rows then equal a count from scratch.
 */
public final class PendingCounts {
    private static final Logger LOG = LoggerFactory.getLogger(PendingCounts.class);
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    private static final String ARTICLES = org.diplograph.rdf.Vocab.ID + "article/";
    /** Nodes counted per transaction, so that a dataset of any size is resolved in bounded memory. */
    static final int CHUNK = 5_000;

    private PendingCounts() {}

    /** Marks {@code keys} and {@code articles} as to be counted again. Call inside the write transaction that changed them. */
    public static void mark(DatasetGraph dsg, Collection<Node> keys, Collection<Node> articles) {
        for (Node k : keys) dsg.add(Terms.SUMMARY_GRAPH, k, DIP.recountPending, TRUE);
        for (Node a : articles) dsg.add(Terms.SUMMARY_GRAPH, a, DIP.recountPending, TRUE);
    }

    /** Whether some count is pending. Call inside a transaction. */
    static boolean any(DatasetGraph dsg) {
        return dsg.find(Terms.SUMMARY_GRAPH, Node.ANY, DIP.recountPending, Node.ANY).hasNext();
    }

    /**
     * Counts every marked key and article, and the keys of the marked articles, and removes the
     * markers, in write transactions of {@link #CHUNK} nodes: the keys first, then the articles, so
     * that a stop in the middle leaves marked every article whose keys may not have been counted yet.
     *
     * @return the number of marked nodes counted
     */
    public static int resolve(Store store) {
        DatasetGraph dsg = store.dataset();
        Set<Node> keys = new LinkedHashSet<>();
        List<Node> articles = new ArrayList<>();
        Set<Node> marked = new LinkedHashSet<>();
        Txn.executeRead(dsg, () -> {
            if (!any(dsg)) return;
            dsg.find(Terms.SUMMARY_GRAPH, Node.ANY, DIP.recountPending, Node.ANY).forEachRemaining(q -> marked.add(q.getSubject()));
            for (Node n : marked) {
                if (n.getURI().startsWith(ARTICLES)) articles.add(n);
                else keys.add(n);
            }
            keys.addAll(SummaryUpdate.keysOf(dsg, articles));
        });
        if (marked.isEmpty()) return 0;
        long started = System.nanoTime();
        ManyKeysQuery.Scope scope = scope(dsg, articles.size());
        List<Node> keyList = new ArrayList<>(keys);
        for (int i = 0; i < keyList.size(); i += CHUNK) {
            List<Node> chunk = keyList.subList(i, Math.min(i + CHUNK, keyList.size()));
            ManyKeysQuery.Scope chunkScope = forChunk(scope, chunk, keyList);
            StoreWrite.run(store, "the counts of " + chunk.size() + " summary keys", () -> {
                KeyCounts.recompute(dsg, chunk, chunkScope);
                unmark(dsg, chunk);
            });
        }
        for (int i = 0; i < articles.size(); i += CHUNK) {
            List<Node> chunk = articles.subList(i, Math.min(i + CHUNK, articles.size()));
            ManyKeysQuery.Scope chunkScope = forChunk(scope, chunk, articles);
            StoreWrite.run(store, "the source rows of " + chunk.size() + " articles", () -> {
                SourceMonthCounts.recompute(dsg, chunk, chunkScope);
                unmark(dsg, chunk);
            });
        }
        LOG.info("Summary: {} keys and the source rows of {} articles counted at the end of the run ({}, {} ms)",
                keys.size(), articles.size(), scope, (System.nanoTime() - started) / 1_000_000);
        return marked.size();
    }

    /**
     * The whole graph is read once when the articles to count are a good share of those stored (a
     * first load, a large one): a pass over all of them costs less than looking each key up. A few
     * articles added to a large dataset have their keys looked up by index instead.
     */
    private static ManyKeysQuery.Scope scope(DatasetGraph dsg, int marked) {
        long stored = Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, Terms.ARTICLE); it.hasNext(); it.next()) n++;
            return n;
        });
        return marked * 4L >= stored ? ManyKeysQuery.Scope.WHOLE_GRAPH : ManyKeysQuery.Scope.LISTED;
    }

    /**
     * A pass over the whole graph reads every key of its kind, so it is made only for a chunk that
     * holds them all: chunk by chunk, it would read the whole graph once per chunk. Other chunks list
     * their keys, each looked up by index.
     */
    private static ManyKeysQuery.Scope forChunk(ManyKeysQuery.Scope scope, List<Node> chunk, List<Node> all) {
        return scope == ManyKeysQuery.Scope.WHOLE_GRAPH && chunk.size() < all.size() ? ManyKeysQuery.Scope.LISTED : scope;
    }

    private static void unmark(DatasetGraph dsg, Collection<Node> nodes) {
        for (Node n : nodes) dsg.deleteAny(Terms.SUMMARY_GRAPH, n, DIP.recountPending, Node.ANY);
    }
}
