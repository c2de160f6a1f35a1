package org.diplograph.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
        fileFrom(dsg, list, start, rows.subList(from, rows.size()), width,
                from == 0 ? Set.of() : new HashSet<>(rows.subList(0, from)));
    }

    /**
     * Files again a list whose order is a function of its rows' nodes alone ({@code order}), after
     * the rows {@code changed} were added, removed or made wider or narrower: the pages are searched,
     * by halves, for the first that holds a row not before the least of {@code changed}, and only the
     * rows filed from there on are read and ranked again, with the changed rows still in the list.
     * A row added after every other (a new article, most often) costs a few pages read and itself.
     * The pages must hold every row of non-zero width, as this class files them. Call inside a write
     * transaction, after the changed rows were written or removed.
     *
     * @param present whether a row is in the list now (a removed row is still filed until this call)
     */
    void refile(DatasetGraph dsg, Node list, Comparator<Node> order, Collection<Node> changed,
                ToLongFunction<Node> width, Predicate<Node> present) {
        if (changed.isEmpty()) return;
        Node least = Collections.min(changed, order);
        long pages = pageCount(dsg, list);
        long first = 0;
        long lo = 0;
        long hi = pages - 1;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            List<Node> held = entries(dsg, list, mid);
            if (held.isEmpty() || order.compare(Collections.max(held, order), least) >= 0) hi = mid;
            else lo = mid + 1;
        }
        if (pages > 0) first = lo;
        // the last row before the least changed one: it and the rows before it keep their ranks
        Set<Node> keep = new HashSet<>();
        Node before = null;
        for (long n = first; n >= Math.max(0, first - 1) && before == null && pages > 0; n--) {
            for (Node row : entries(dsg, list, n)) {
                if (order.compare(row, least) >= 0) continue;
                if (n == first) keep.add(row);
                if (before == null || order.compare(row, before) > 0) before = row;
            }
        }
        long start = 0;
        Long rank = rank(dsg, before);
        boolean whole = before != null && rank == null;   // not filed as this class files: every row is ranked again
        if (whole) {
            first = 0;
            keep.clear();
        } else if (before != null) {
            start = rank + width.applyAsLong(before);
        }
        Set<Node> rows = new HashSet<>();
        for (long n = first; n < pages; n++) {
            for (Node row : entries(dsg, list, n)) {
                if (whole || !keep.contains(row) && order.compare(row, least) >= 0) rows.add(row);
            }
        }
        rows.addAll(changed);
        rows.removeIf(present.negate());
        List<Node> suffix = new ArrayList<>(rows);
        suffix.sort(order);
        fileFrom(dsg, list, start, suffix, width, keep);
    }

    /**
     * Ranks {@code rows} from {@code start} on and files them in the pages from the one holding
     * {@code start}; {@code keep} are rows before them that may still be entries of that page.
     */
    private void fileFrom(DatasetGraph dsg, Node list, long start, List<Node> rows, ToLongFunction<Node> width,
                          Set<Node> keep) {
        int count = rows.size();
        long[] ranks = new long[count];
        long[] widths = new long[count];
        long at = start;
        for (int i = 0; i < count; i++) {
            ranks[i] = at;
            widths[i] = width.applyAsLong(rows.get(i));
            at += widths[i];
        }
        long firstPage = start / size;
        long needed = (at + size - 1) / size;

        // what each page from the first that can change holds now
        Map<Long, Set<Node>> want = new HashMap<>();
        for (int i = 0; i < count; i++) {
            if (widths[i] <= 0) continue;
            for (long n = ranks[i] / size; n <= (ranks[i] + widths[i] - 1) / size; n++) {
                want.computeIfAbsent(n, k -> new HashSet<>()).add(rows.get(i));
            }
        }
        for (long n = firstPage; n < needed; n++) {
            Node page = page(list, n);
            if (!dsg.contains(Terms.SUMMARY_GRAPH, list, pageLink, page)) addPage(dsg, list, page, n);
            Set<Node> wanted = want.getOrDefault(n, Set.of());
            Set<Node> have = new HashSet<>();
            dsg.find(Terms.SUMMARY_GRAPH, page, DIP.entry, Node.ANY).forEachRemaining(q -> have.add(q.getObject()));
            for (Node row : have) {
                // an unchanged row before the first that changed may still reach into the first page
                if (!wanted.contains(row) && !keep.contains(row)) dsg.delete(Terms.SUMMARY_GRAPH, page, DIP.entry, row);
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
            Node row = rows.get(i);
            Node rank = KeyCounts.integer(ranks[i]);
            if (dsg.contains(Terms.SUMMARY_GRAPH, row, DIP.rank, rank)) continue;
            dsg.deleteAny(Terms.SUMMARY_GRAPH, row, DIP.rank, Node.ANY);
            dsg.add(Terms.SUMMARY_GRAPH, row, DIP.rank, rank);
        }
    }

    /** Writes page {@code n} of {@code list}, which is not there yet (without entries). */
    private void addPage(DatasetGraph dsg, Node list, Node page, long n) {
        dsg.add(Terms.SUMMARY_GRAPH, list, pageLink, page);
        dsg.add(Terms.SUMMARY_GRAPH, page, RDF.Nodes.type, DIP.Tally);
        dsg.add(Terms.SUMMARY_GRAPH, page, DIP.pageNumber, KeyCounts.integer(n));
    }

    /**
     * Files rows as they are written, each after every row of its list so far: for lists built from
     * nothing in their reading order, as a rebuild writes them. What it writes for a list is what
     * {@link #file} writes for the same rows and widths on a list without pages, but nothing is read
     * back: each list's next rank and page count are kept in memory (two numbers per list).
     * Not thread-safe; one instance per rebuild.
     */
    final class Appending {
        private final Map<Node, long[]> next = new HashMap<>();

        /**
         * Ranks {@code row}, {@code width} ranks wide, after the rows of {@code list} filed so far, and
         * files it in the pages its ranks meet (made when new). The list must have had no pages when
         * this instance started. Call inside a write transaction.
         */
        void add(DatasetGraph dsg, Node list, Node row, long width) {
            long[] at = next.computeIfAbsent(list, k -> new long[2]);   // {next rank, pages made}
            long rank = at[0];
            for (long n = rank / size; width > 0 && n <= (rank + width - 1) / size; n++) {
                Node page = page(list, n);
                if (n >= at[1]) {
                    addPage(dsg, list, page, n);
                    at[1] = n + 1;
                }
                dsg.add(Terms.SUMMARY_GRAPH, page, DIP.entry, row);
            }
            dsg.add(Terms.SUMMARY_GRAPH, row, DIP.rank, KeyCounts.integer(rank));
            at[0] = rank + width;
        }
    }

    /** How many pages the list has: they are numbered from 0 without a gap, so found by halves. */
    private long pageCount(DatasetGraph dsg, Node list) {
        if (!hasPage(dsg, list, 0)) return 0;
        long hi = 1;
        while (hasPage(dsg, list, hi)) hi *= 2;
        long lo = hi / 2;   // lo exists, hi does not
        while (hi - lo > 1) {
            long mid = (lo + hi) >>> 1;
            if (hasPage(dsg, list, mid)) lo = mid;
            else hi = mid;
        }
        return hi;
    }

    private boolean hasPage(DatasetGraph dsg, Node list, long n) {
        return dsg.contains(Terms.SUMMARY_GRAPH, list, pageLink, page(list, n));
    }

    /** The rows page {@code n} of the list holds. */
    private List<Node> entries(DatasetGraph dsg, Node list, long n) {
        List<Node> out = new ArrayList<>();
        dsg.find(Terms.SUMMARY_GRAPH, page(list, n), DIP.entry, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    /** The rank {@code row} holds, or null. */
    static Long rank(DatasetGraph dsg, Node row) {
        return row == null ? null : number(dsg, row, DIP.rank);
    }

    /** The first value of a row's {@code property} in the summary graph, or null: what a list's order reads of a row. */
    static Node value(DatasetGraph dsg, Node row, Node property) {
        var it = dsg.find(Terms.SUMMARY_GRAPH, row, property, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** A row's numeric {@code property} (a rank, a count, a width), or null. */
    static Long number(DatasetGraph dsg, Node row, Node property) {
        Node n = value(dsg, row, property);
        return n == null ? null : ((Number) n.getLiteralValue()).longValue();
    }

    /**
     * A value as a list's order compares it, as SPARQL compares simple literals and IRIs: a literal's
     * lexical form, an IRI's text; null for no value.
     */
    static String text(Node n) {
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private Node page(Node list, long n) {
        return NodeFactory.createURI(Vocab.ID + pagePath + CountedRows.path(list) + "/" + n);
    }
}
