package org.diplograph.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Terms;
import org.diplograph.rdf.Vocab;

/**
 * Keeps the review rows of the query review: one row per fact (event or agreement), confidence and
 * key of the article it comes from, filed in one list per confidence value ({@code id:tally/review/C
 * a dip:Tally ; dip:reviewConfidence C ; dip:rowCount N}), each list's rows ranked in the query's
 * order within a confidence (article key, fact) and filed in pages of {@link #SIZE} ranks
 * ({@link RankedPages}, {@code dip:reviewPage}). A row is {@code ROW a dip:Tally ; dip:reviewList
 * LIST ; dip:reviewFact FACT ; dip:articleKeys KEY ; dip:rank R}.
 *
 * <p>Why: review lists the facts below a confidence, lowest first, a page at a time; sorting every
 * such fact for one page costs as many facts as lie below the threshold (tens of thousands in a
 * large graph). Confidences take few values (two decimals), so the query adds up the counts of the
 * lists below the threshold to find which list and page hold the ranks asked for, and reads those
 * rows alone. The rows of a fact are counted again whenever a write touches it, as its timeline
 * rows are; every list whose rows changed is filed again from its first changed row on, only what
 * moved being written, and its count moved by the rows added and removed.
 */
final class ReviewPages {
    /** The ranks a page holds. The query review divides by the same number. */
    static final int SIZE = 200;
    private static final RankedPages PAGES = new RankedPages(DIP.reviewPage, "tally/review-page/", SIZE);

    /** The confidence and article key of a fact ({@code ?this}), as the query review joins them. */
    private static final Query FACTS = CountedRows.query("""
            SELECT ?confidence ?article
            WHERE {
              ?this dip:confidence ?confidence ; prov:wasDerivedFrom ?source .
              ?source dip:key ?article .
            }
            GROUP BY ?confidence ?article
            """);

    /** The order of the query review within one confidence: the article key's text, then the fact's IRI. */
    private static final Comparator<Entry> READING = Comparator
            .comparing(Entry::article, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Entry::fact, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    private ReviewPages() {}

    /** A row of a list, with what it is ordered by. */
    private record Entry(Node row, String article, String fact) {}

    /**
     * Replaces the review rows of each of {@code facts} (events and agreements) by those counted now,
     * the facts given to the query as {@code scope} says, then files again every list whose rows
     * changed, from its first changed row on ({@link RankedPages#refile}): a fact of a new article,
     * whose key comes after the others (the usual case), reads a few pages and writes its own rows,
     * instead of every row of its confidence. Call inside a write transaction, after the article
     * graphs are current.
     */
    static void recompute(DatasetGraph dsg, Collection<Node> facts, ManyKeysQuery.Scope scope) {
        // each list's rows removed or written, with what orders them: a removed row is still filed
        // until its list is filed again, and its order is read before its quads go
        Map<Node, Set<Node>> changed = new LinkedHashMap<>();
        Map<Node, Long> added = new HashMap<>();
        Map<Node, Entry> known = new HashMap<>();
        for (Node fact : facts) {
            List<Node> old = new ArrayList<>();
            dsg.find(Terms.SUMMARY_GRAPH, Node.ANY, DIP.reviewFact, fact).forEachRemaining(q -> old.add(q.getSubject()));
            for (Node row : old) {
                known.put(row, entry(dsg, row));
                dsg.find(Terms.SUMMARY_GRAPH, row, DIP.reviewList, Node.ANY).forEachRemaining(q -> {
                    changed.computeIfAbsent(q.getObject(), k -> new LinkedHashSet<>()).add(row);
                    added.merge(q.getObject(), -1L, Long::sum);
                });
                dsg.deleteAny(Terms.SUMMARY_GRAPH, row, Node.ANY, Node.ANY);
            }
        }
        Map<Node, List<Binding>> found = ManyKeysQuery.select(dsg, FACTS, "this", facts, scope);
        Var confidenceVar = Var.alloc("confidence");
        Var articleVar = Var.alloc("article");
        for (Node fact : facts) {
            for (Binding b : found.getOrDefault(fact, List.of())) {
                Node confidence = b.get(confidenceVar);
                Node article = b.get(articleVar);
                if (confidence == null || article == null || !confidence.isLiteral()) continue;
                Node list = list(dsg, confidence);
                Node row = NodeFactory.createURI(Vocab.ID + "tally/review-row/"
                        + CountedRows.digest(fact + "\n" + confidence + "\n" + article));
                dsg.add(Terms.SUMMARY_GRAPH, row, RDF.Nodes.type, DIP.Tally);
                dsg.add(Terms.SUMMARY_GRAPH, row, DIP.reviewList, list);
                dsg.add(Terms.SUMMARY_GRAPH, row, DIP.reviewFact, fact);
                dsg.add(Terms.SUMMARY_GRAPH, row, DIP.articleKeys, article);
                known.put(row, new Entry(row, RankedPages.text(article), RankedPages.text(fact)));
                changed.computeIfAbsent(list, k -> new LinkedHashSet<>()).add(row);
                added.merge(list, 1L, Long::sum);
            }
        }
        changed.forEach((list, rows) -> order(dsg, list, rows, added.getOrDefault(list, 0L), known));
    }

    /** The list of {@code confidence}, written when it is new. */
    private static Node list(DatasetGraph dsg, Node confidence) {
        Node list = NodeFactory.createURI(Vocab.ID + "tally/review/" + confidence.getLiteralLexicalForm());
        if (!dsg.contains(Terms.SUMMARY_GRAPH, list, DIP.reviewConfidence, confidence)) {
            dsg.add(Terms.SUMMARY_GRAPH, list, RDF.Nodes.type, DIP.Tally);
            dsg.add(Terms.SUMMARY_GRAPH, list, DIP.reviewConfidence, confidence);
        }
        return list;
    }

    /**
     * Files the rows of {@code list} again from the least of {@code rows} (removed or written) on and
     * moves its count by {@code added}; a list left without rows is removed.
     */
    private static void order(DatasetGraph dsg, Node list, Set<Node> rows, long added, Map<Node, Entry> known) {
        Comparator<Node> order = Comparator.comparing(
                (Node row) -> known.computeIfAbsent(row, r -> entry(dsg, r)), READING);
        PAGES.refile(dsg, list, order, rows, row -> 1, row -> dsg.contains(Terms.SUMMARY_GRAPH, row, DIP.reviewList, list));
        Long was = RankedPages.number(dsg, list, DIP.rowCount);
        long count = (was == null ? 0 : was) + added;
        dsg.deleteAny(Terms.SUMMARY_GRAPH, list, DIP.rowCount, Node.ANY);
        if (count <= 0) dsg.deleteAny(Terms.SUMMARY_GRAPH, list, Node.ANY, Node.ANY);
        else dsg.add(Terms.SUMMARY_GRAPH, list, DIP.rowCount, KeyCounts.integer(count));
    }

    /** A row as it stands in the summary graph, with what it is ordered by. */
    private static Entry entry(DatasetGraph dsg, Node row) {
        return new Entry(row, RankedPages.text(RankedPages.value(dsg, row, DIP.articleKeys)), RankedPages.text(RankedPages.value(dsg, row, DIP.reviewFact)));
    }
}
