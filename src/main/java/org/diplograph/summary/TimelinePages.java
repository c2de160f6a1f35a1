package org.diplograph.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Terms;

/**
 * Keeps each country pair's timeline rows ({@link CountedRows#TIMELINE}) in reading order ({@link RankedPages}): every row
 * has its rank among the pair's rows ({@code dip:rank}, from 0, in the order of the query
 * pair-timeline: date, article keys, item), and the rows are filed in pages of {@link #SIZE} ranks
 * hanging off the pair ({@code PAIR dip:timelinePage PAGE . PAGE dip:pageNumber N ; dip:entry ROW}).
 *
 * <p>Why: a page of the timeline is then read from the one or two pages of rows holding its ranks,
 * whatever the number of the pair's items, instead of sorting them all for the first page. The ranks
 * are a function of the rows alone, taken again for every pair whose rows a write changed, and only
 * what moved is written: a new item dated after the others (the usual case) moves nothing but itself.
 * Taking them reads every row of the pair, by index, as counting a pair's topics reads its items.
 */
final class TimelinePages {
    /** The ranks a page holds. The query pair-timeline divides by the same number. */
    static final int SIZE = 200;
    /** The pair's pages ({@code dip:timelinePage}), each row one rank wide. */
    private static final RankedPages PAGES = new RankedPages(DIP.timelinePage, "tally/timeline-page/", SIZE);

    /**
     * The order of the query pair-timeline: no date first, then the date's text, the article keys and
     * the item's IRI, each compared as SPARQL compares simple literals and IRIs (by their text).
     */
    private static final Comparator<Entry> READING = Comparator
            .comparing(Entry::date, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Entry::article, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Entry::item, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    private TimelinePages() {}

    /** A row of the pair, with what it is ordered by. */
    private record Entry(Node row, String date, String article, String item) {}

    /** The pairs the timeline rows of {@code items} name now. Call inside a transaction. */
    static Set<Node> pairsOf(DatasetGraph dsg, Collection<Node> items) {
        Set<Node> pairs = new LinkedHashSet<>();
        for (Node item : items) {
            dsg.find(Terms.SUMMARY_GRAPH, item, DIP.timelineTally, Node.ANY).forEachRemaining(q ->
                    dsg.find(Terms.SUMMARY_GRAPH, q.getObject(), DIP.pair, Node.ANY).forEachRemaining(p -> pairs.add(p.getObject())));
        }
        return pairs;
    }

    /**
     * Ranks the rows of each of {@code pairs} again and files them in their pages, writing only the
     * ranks and page entries that changed; a pair left without rows loses its pages. Call inside a
     * write transaction, after the rows of the items that changed were written.
     */
    static void order(DatasetGraph dsg, Collection<Node> pairs) {
        for (Node pair : pairs) order(dsg, pair);
    }

    private static void order(DatasetGraph dsg, Node pair) {
        List<Entry> entries = new ArrayList<>();
        dsg.find(Terms.SUMMARY_GRAPH, Node.ANY, DIP.pair, pair).forEachRemaining(q -> {
            Node row = q.getSubject();
            var items = dsg.find(Terms.SUMMARY_GRAPH, Node.ANY, DIP.timelineTally, row);
            if (!items.hasNext()) return;   // a row no item links to any more is not the pair's
            entries.add(new Entry(row, RankedPages.text(RankedPages.value(dsg, row, DIP.timelineDate)),
                    RankedPages.text(RankedPages.value(dsg, row, DIP.articleKeys)), items.next().getSubject().getURI()));
        });
        entries.sort(READING);
        PAGES.file(dsg, pair, entries.stream().map(Entry::row).toList());
    }
}
