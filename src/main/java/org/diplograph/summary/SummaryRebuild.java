package org.diplograph.summary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.rdf.DIP;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.diplograph.rdf.Terms;
import org.diplograph.store.QueryStatistics;
import org.diplograph.store.Store;
import org.diplograph.store.StoreWrite;

/**
 * Counts the whole summary graph again from the article graphs: every relation, country, ministry
 * and article, as ingest does for the ones it touches. For a dataset loaded by other means (a bulk
 * loader) or written before a summary was kept. Duplicate links and fingerprint bands are kept.
 * The planner's statistics ({@link QueryStatistics}) are counted again too, for the next start.
 */
public final class SummaryRebuild {
    private static final Logger LOG = LoggerFactory.getLogger(SummaryRebuild.class);
    private static final List<Node> KEPT_BY_KEY = List.of(Terms.ARTICLE_COUNT, Terms.EVENT_COUNT, Terms.AGREEMENT_COUNT,
            DIP.topicTally, DIP.frameworkTally, DIP.agreementTally, DIP.counterpartTally, DIP.ministryTally, DIP.holdingTally, DIP.timelineTally, DIP.timelinePage, DIP.evidenceTally, DIP.evidencePage, DIP.sourceTally,
            DIP.recountPending);

    private SummaryRebuild() {}

    /**
     * Replaces every count and row of the summary graph of {@code store} in one write transaction,
     * then writes the planner's statistics.
     */
    public static void run(Store store) {
        DatasetGraph dsg = store.dataset();
        StoreWrite.run(store, "the rebuild of the summary graph", () -> {
            long t0 = System.nanoTime();
            clear(dsg);
            Counted all = all(dsg);
            long t1 = System.nanoTime();
            KeyCounts.recompute(dsg, all.keys(), ManyKeysQuery.Scope.WHOLE_GRAPH);
            long t2 = System.nanoTime();
            SourceMonthCounts.recompute(dsg, all.articles(), ManyKeysQuery.Scope.WHOLE_GRAPH);
            long t3 = System.nanoTime();
            int entities = EvidenceRows.rebuild(dsg);
            long t4 = System.nanoTime();
            LOG.info("Summary: {} keys and {} articles counted again from {} article graphs, evidence rows of {} entities"
                            + " (ms: keys read {}, counts and rows {}, per source and month {}, evidence rows {})",
                    all.keys().size(), all.articles().size(), all.graphs(), entities,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        });
        if (store.olderFormat()) store.stampCurrentFormat();   // every row of the current format is written
        QueryStatistics.write(store);
    }

    /**
     * Brings a data folder of an older format to the current one, each kind of row in one grouped
     * pass, then stamps it; nothing for a folder of the current format. What each format added and
     * is written when the folder lacks it: the office rows of every person holding an office
     * ({@code dip:holdingTally}, format 2); the timeline rows of every event and agreement
     * ({@code dip:timelineTally}, format 3; a folder of format 3 has them, and its items are not
     * counted again); the review rows of every event and agreement ({@code dip:reviewList},
     * {@link ReviewPages}, kept with their timeline rows) and the evidence rows of every named entity
     * ({@code dip:evidenceTally}, {@link EvidenceRows#rebuild}), format 4; the rows of every ministry
     * ({@code dip:ministryTally}, {@link CountedRows#MINISTRY}), format 5.
     *
     * @return whether the folder was upgraded
     */
    public static boolean upgrade(Store store) {
        if (!store.olderFormat()) return false;
        DatasetGraph dsg = store.dataset();
        int format = store.format();
        long started = System.nanoTime();
        StoreWrite.run(store, "the summary rows the data format " + format + " lacks", () -> {
            Set<Node> persons = new LinkedHashSet<>();
            if (format < 3) {
                dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.ORG.member.asNode(), Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isURI()) persons.add(q.getObject());
                });
                KeyCounts.recompute(dsg, persons, ManyKeysQuery.Scope.WHOLE_GRAPH);
            }
            // the timeline rows (format 3) and the review rows kept with them (format 4); a folder of
            // format 3 has its timeline rows, so only the review rows are written
            Set<Node> items = format < 4
                    ? SummaryKeys.items(dsg.find(Node.ANY, Node.ANY, org.diplograph.rdf.Vocab.PROV.wasDerivedFrom, Node.ANY))
                    : Set.of();
            if (format < 3) KeyCounts.recompute(dsg, items, ManyKeysQuery.Scope.WHOLE_GRAPH);
            else if (format < 4) ReviewPages.recompute(dsg, items, ManyKeysQuery.Scope.WHOLE_GRAPH);
            int entities = format < 4 ? EvidenceRows.rebuild(dsg) : 0;
            // the ministries' own rows (format 5)
            Set<Node> organisations = SummaryKeys.organisations(dsg.find(Node.ANY, Node.ANY, org.diplograph.rdf.Vocab.PROV.wasDerivedFrom, Node.ANY));
            CountedRows.MINISTRY.recompute(dsg, organisations, ManyKeysQuery.Scope.WHOLE_GRAPH);
            LOG.info("Summary: the data folder {} brought from format {} to the current format: the office rows of {} persons,"
                            + " the timeline and review rows of {} events and agreements, the evidence rows of {} entities and the rows"
                            + " of the ministries among {} organisations written ({} ms)",
                    store.folder(), format, persons.size(), items.size(), entities, organisations.size(), (System.nanoTime() - started) / 1_000_000);
        });
        store.stampCurrentFormat();
        return true;
    }

    /** The summary keys and articles of every article graph, and how many article graphs hold an article. */
    record Counted(Set<Node> keys, Set<Node> articles, int graphs) {}

    /** Removes every count and row the summary graph keeps; the duplicate links and fingerprints stay. */
    static void clear(DatasetGraph dsg) {
        List<Node> rows = new ArrayList<>();
        dsg.find(Terms.SUMMARY_GRAPH, Node.ANY, RDF.Nodes.type, DIP.Tally).forEachRemaining(q -> rows.add(q.getSubject()));
        for (Node row : rows) dsg.deleteAny(Terms.SUMMARY_GRAPH, row, Node.ANY, Node.ANY);
        for (Node p : KEPT_BY_KEY) dsg.deleteAny(Terms.SUMMARY_GRAPH, Node.ANY, p, Node.ANY);
    }

    /** The summary keys and articles of every article graph, read by index ({@link SummaryKeys#inArticleGraphs}). */
    static Counted all(DatasetGraph dsg) {
        // the graphs are counted from the same scan: listing every graph of the dataset for the log
        // line alone cost 1 to 5 s at 100,000 articles
        Set<Node> graphs = new java.util.HashSet<>();
        Set<Node> articles = new LinkedHashSet<>();
        dsg.findNG(Node.ANY, Node.ANY, RDF.Nodes.type, Terms.ARTICLE).forEachRemaining(q -> {
            if (!Terms.isArticleGraph(q.getGraph())) return;
            articles.add(q.getSubject());
            graphs.add(q.getGraph());
        });
        return new Counted(SummaryKeys.inArticleGraphs(dsg), articles, graphs.size());
    }
}
