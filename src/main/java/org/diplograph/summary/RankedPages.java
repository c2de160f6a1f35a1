package org.diplograph.summary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Terms;
import org.diplograph.rdf.Vocab;

/**
 * Rows of one list in the summary graph kept in a reading order and filed in pages, so that a query
 * reads a page of the list from the one or few pages of rows holding it instead of sorting the whole
 * list: every row has its rank, the position of its first result in the list ({@code dip:rank}, from
 * 0), and takes as many ranks as the results it stands for (its width: 1 for a row that is one result);
 * the list has pages of {@link #size()} ranks ({@code LIST PAGE-LINK PAGE . PAGE a dip:Tally ;
 * dip:pageNumber N ; dip:entry ROW}), page N holding every row whose ranks meet [N × size, (N + 1) ×
 * size). A row wider than one rank is filed in each page its ranks meet, so the rows of a page are
 * all the rows a query for its ranks needs.
 *
 * <p>Why a class of its own: the order, the rows and what they stand for are each list's; keeping
 * their ranks and pages current is the same work for all. Only what moved is written, and the rows
 * before the first that changed are not read at all: a row added at the end of the order (the usual
 * case: a new article) writes its own rank and entries alone. Page IRIs are {@code id:tally/PATH/KEY/N}
 * ({@code KEY} the list's {@link CountedRows#path(Node) path}), found again by name.
 */
final class RankedPages {
    private final Node pageLink;
    private final String pagePath;
    private final int size;

    /**
     * @param pageLink the property from the list to each of its pages
     * @param pagePath the pages' IRI path under {@code id:}, ending with "/"
     * @param size     the ranks a page holds; the queries reading the pages divide by the same number
     */
    RankedPages(Node pageLink, String pagePath, int size) {
        this.pageLink = pageLink;
        this.pagePath = pagePath;
        this.size = size;
    }

    /** The ranks a page holds. */
    int size() {
        return size;
    }

    /**
     * Ranks every row of {@code rows}, each one rank wide, and files them in the list's pages; a list
     * without rows loses its pages. Call inside a write transaction.
     *
     * @param rows the list's rows, all of them, in reading order
     */
    void file(DatasetGraph dsg, Node list, List<Node> rows) {
        file(dsg, list, rows, 0, row -> 1);
    }

    /**
     * Ranks the rows of {@code rows} from index {@code from} on and files them in the list's pages,
     * writing only the ranks and page entries that changed. The rows before {@code from} are trusted
     * to hold their ranks already (they and every row before them are unchanged since they were
     * filed); when the row before {@code from} has no rank, every row is ranked again. Call inside a
     * write transaction, after the rows that changed were written or removed.
     *
     * @param rows  the list's rows, all of them, in reading order
     * @param from  the index of the first row whose rank may have changed (a row added, removed or
     *              made wider or narrower at that place or before any later one)
     * @param width how many ranks a row takes, read only for the rows from {@code from - 1} on
     */
    void file(DatasetGraph dsg, Node list, List<Node> rows, int from, ToLongFunction<Node> width) {
        long start = 0;
        if (from > 0) {
            Node before = rows.get(from - 1);
            Long rank = rank(dsg, before);
            if (rank == null) from = 0;
            else start = rank + width.applyAsLong(before);
        }
        int count = rows.size() - from;
        long[] ranks = new long[count];
        long[] widths = new long[count];
        long at = start;
        for (int i = 0; i < count; i++) {
            ranks[i] = at;
            widths[i] = width.applyAsLong(rows.get(from + i));
            at += widths[i];
        }
        long firstPage = start / size;
        long needed = (at + size - 1) / size;

        // what each page from the first that can change holds now
        Map<Long, Set<Node>> want = new HashMap<>();
        for (int i = 0; i < count; i++) {
            if (widths[i] <= 0) continue;
            for (long n = ranks[i] / size; n <= (ranks[i] + widths[i] - 1) / size; n++) {
                want.computeIfAbsent(n, k -> new HashSet<>()).add(rows.get(from + i));
            }
        }
        Set<Node> before = from == 0 ? Set.of() : new HashSet<>(rows.subList(0, from));
        for (long n = firstPage; n < needed; n++) {
            Node page = page(list, n);
            if (!dsg.contains(Terms.SUMMARY_GRAPH, list, pageLink, page)) {
                dsg.add(Terms.SUMMARY_GRAPH, list, pageLink, page);
                dsg.add(Terms.SUMMARY_GRAPH, page, RDF.Nodes.type, DIP.Tally);
                dsg.add(Terms.SUMMARY_GRAPH, page, DIP.pageNumber, KeyCounts.integer(n));
            }
            Set<Node> wanted = want.getOrDefault(n, Set.of());
            Set<Node> have = new HashSet<>();
            dsg.find(Terms.SUMMARY_GRAPH, page, DIP.entry, Node.ANY).forEachRemaining(q -> have.add(q.getObject()));
            for (Node row : have) {
                // an unchanged row before the first that changed may still reach into the first page
                if (!wanted.contains(row) && !before.contains(row)) dsg.delete(Terms.SUMMARY_GRAPH, page, DIP.entry, row);
            }
            for (Node row : wanted) if (!have.contains(row)) dsg.add(Terms.SUMMARY_GRAPH, page, DIP.entry, row);
        }
        for (long n = Math.max(needed, firstPage); ; n++) {
            Node page = page(list, n);
            if (!dsg.contains(Terms.SUMMARY_GRAPH, list, pageLink, page)) break;
            dsg.deleteAny(Terms.SUMMARY_GRAPH, page, Node.ANY, Node.ANY);
            dsg.delete(Terms.SUMMARY_GRAPH, list, pageLink, page);
        }
        for (int i = 0; i < count; i++) {
            Node row = rows.get(from + i);
            Node rank = KeyCounts.integer(ranks[i]);
            if (dsg.contains(Terms.SUMMARY_GRAPH, row, DIP.rank, rank)) continue;
            dsg.deleteAny(Terms.SUMMARY_GRAPH, row, DIP.rank, Node.ANY);
            dsg.add(Terms.SUMMARY_GRAPH, row, DIP.rank, rank);
        }
    }

    /** The rank {@code row} holds, or null. */
    static Long rank(DatasetGraph dsg, Node row) {
        var it = dsg.find(Terms.SUMMARY_GRAPH, row, DIP.rank, Node.ANY);
        return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : null;
    }

    private Node page(Node list, long n) {
        return NodeFactory.createURI(Vocab.ID + pagePath + CountedRows.path(list) + "/" + n);
    }
}
