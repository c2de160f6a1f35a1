package org.diplograph.summary;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Terms;

/**
 * Keeps what the summary graph derives from the articles (relation counts, duplicate links) current
 * after some articles changed or went away.
 *
 * <p>{@link SummaryObserver} calls it inside the write transaction that changes the articles, so the dataset is
 * consistent at every commit: a reader, or a process that opens the dataset after a crash, never
 * finds counts or links that disagree with the articles stored. A run that is the dataset's sole
 * user may put the counts off to its end: its commits then hold
 * the links and, instead of the counts, a marker on every key and article whose rows lag
 * ({@link PendingCounts}); the dataset is consistent at the end of the run, or, after a crash, once
 * {@link PendingCounts#resolve} has counted what the markers name. The articles whose links must be
 * remade are the changed ones and those linked to them before the change: when an original goes
 * away or stops being similar, its former copies are grouped again among the remaining articles.
 */
final class SummaryUpdate {
    private SummaryUpdate() {}

    /**
     * Remakes the duplicate links of {@code articles} and of their linked copies, without the
     * counts: a batch links each article as it is written, so that the links are
     * those of writing the articles one by one, and counts once at the end ({@link #recount}).
     *
     * @return the articles whose links were remade, whose relations must be counted again
     */
    static Set<Node> link(DatasetGraph dsg, Collection<Node> articles) {
        return link(dsg, articles, java.util.Map.of(), null);
    }

    /**
     * As {@link #link(DatasetGraph, Collection)}, for {@code articles} just written (in the order
     * written): one that is a key of {@code known} is compared as what its writer made of it (its
     * {@link Duplicates.Copy}, null for one that is never a copy) rather than as read back from the
     * dataset; the candidate copies are taken from {@code index} when not null.
     */
    static Set<Node> link(DatasetGraph dsg, Collection<Node> articles, java.util.Map<Node, Duplicates.Copy> known,
                                 CopyIndex index) {
        Set<Node> touched = new LinkedHashSet<>(articles);
        for (Node a : articles) linked(dsg, a, touched::add);
        Set<Node> regrouped = new LinkedHashSet<>();
        Duplicates.link(dsg, Terms.SUMMARY_GRAPH, touched, articles, known, index, regrouped);
        // a stored copy drawn into a touched article's group lost its former link too
        touched.addAll(regrouped);
        // and every story linked to them now, however far: a stored story that became a copy counts no more
        java.util.ArrayDeque<Node> next = new java.util.ArrayDeque<>(touched);
        while (!next.isEmpty()) {
            linked(dsg, next.poll(), n -> {
                if (touched.add(n)) next.add(n);
            });
        }
        return touched;
    }

    /** Gives {@code to} the original {@code article} is a copy of and the copies of it, as the links stand now. */
    private static void linked(DatasetGraph dsg, Node article, java.util.function.Consumer<Node> to) {
        dsg.find(Terms.SUMMARY_GRAPH, article, DIP.duplicateOf, Node.ANY).forEachRemaining(q -> to.accept(q.getObject()));
        dsg.find(Terms.SUMMARY_GRAPH, Node.ANY, DIP.duplicateOf, article).forEachRemaining(q -> to.accept(q.getSubject()));
    }

    /**
     * Counts again the summary keys {@code relations} ({@link SummaryKeys}) and those of the
     * {@code touched} articles (a copy is not counted), and files the touched articles under their
     * source and month again.
     */
    static void recount(DatasetGraph dsg, Collection<Node> relations, Collection<Node> touched) {
        // a story that became (or stopped being) a copy changes the counts of the relations it speaks of
        Set<Node> recount = new LinkedHashSet<>(relations);
        recount.addAll(keysOf(dsg, touched));
        KeyCounts.recompute(dsg, recount);
        SourceMonthCounts.recompute(dsg, touched);
    }

    /** The summary keys the graphs of {@code articles} name, directly or through items they share ({@link SummaryKeys#of}). */
    static Set<Node> keysOf(DatasetGraph dsg, Collection<Node> articles) {
        Set<Node> keys = new LinkedHashSet<>();
        for (Node a : articles) {
            Node graph = org.apache.jena.graph.NodeFactory.createURI(org.diplograph.rdf.Iris.articleGraph(
                    org.diplograph.rdf.Iris.articleKeyOf(a.getURI())));
            keys.addAll(SummaryKeys.of(dsg, graph));
        }
        return keys;
    }
}
