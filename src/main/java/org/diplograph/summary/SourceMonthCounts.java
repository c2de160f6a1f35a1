package org.diplograph.summary;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Vocab;
import org.diplograph.rdf.Terms;

/**
 * Articles counted by source and month of publication (query sources), kept in the summary graph:
 * one {@code dip:Tally} row per source and month, and {@code ARTICLE dip:sourceTally ROW} for each
 * article, so that the rows an article leaves when it changes or goes away are found by index and
 * counted again from their remaining members.
 */
final class SourceMonthCounts {
    /** The source and month of an article: the host of its URL, else its file's folder; YYYY-MM. */
    private static final Query BUCKET = CountedRows.query("""
            SELECT ?sourceName ?month
            WHERE {
              ?this a dip:Article .
              OPTIONAL { ?this schema:url ?url }
              OPTIONAL { ?this dip:sourceFile ?file }
              OPTIONAL { ?this schema:datePublished ?published }
              BIND(COALESCE(REPLACE(STR(?url), "^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]+).*$", "$1"),
                            IF(CONTAINS(?file, "/"), REPLACE(?file, "/[^/]*$", ""), "."),
                            "") AS ?sourceName)
              BIND(COALESCE(SUBSTR(STR(?published), 1, 7), "") AS ?month)
            }
            LIMIT 1
            """);
    private static final Query COUNTS = CountedRows.query("""
            SELECT (COUNT(?a) AS ?articles) (SUM(?copy) AS ?copies) (SUM(?teaser) AS ?teasers)
            WHERE {
              ?a dip:sourceTally ?this .
              BIND(IF(EXISTS { ?a dip:duplicateOf ?original }, 1, 0) AS ?copy)
              BIND(IF(EXISTS { ?a dip:isTeaser true }, 1, 0) AS ?teaser)
            }
            """);

    private SourceMonthCounts() {}

    /**
     * Files {@code articles} under their source and month again and recounts the rows they left and
     * joined; an article no longer stored leaves its row. Call inside a write transaction, after the
     * duplicate links are current.
     */
    static void recompute(DatasetGraph dsg, Collection<Node> articles) {
        recompute(dsg, articles, ManyKeysQuery.Scope.PER_KEY);
    }

    /**
     * As {@link #recompute(DatasetGraph, Collection)}, the articles filed and the rows counted in one
     * pass each as {@code scope} says ({@link ManyKeysQuery}): the same rows.
     */
    static void recompute(DatasetGraph dsg, Collection<Node> articles, ManyKeysQuery.Scope scope) {
        Set<Node> rows = new LinkedHashSet<>();
        for (Node a : articles) {
            dsg.find(Terms.SUMMARY_GRAPH, a, DIP.sourceTally, Node.ANY).forEachRemaining(q -> rows.add(q.getObject()));
            dsg.deleteAny(Terms.SUMMARY_GRAPH, a, DIP.sourceTally, Node.ANY);
        }
        Map<Node, List<Binding>> buckets = ManyKeysQuery.select(dsg, BUCKET, "this", articles, scope);
        for (Node a : articles) {
            List<Binding> bucket = buckets.get(a);
            if (bucket == null) continue;
            Node source = bucket.get(0).get("sourceName");
            Node month = bucket.get(0).get("month");
            Node row = NodeFactory.createURI(Vocab.ID + "tally/sources/"
                    + CountedRows.digest(source.getLiteralLexicalForm() + "\n" + month.getLiteralLexicalForm()));
            dsg.add(Terms.SUMMARY_GRAPH, a, DIP.sourceTally, row);
            dsg.add(Terms.SUMMARY_GRAPH, row, DIP.sourceName, source);
            dsg.add(Terms.SUMMARY_GRAPH, row, DIP.month, month);
            rows.add(row);
        }
        // the rows are few (a source and month each) and their members many: the rows are listed
        Map<Node, List<Binding>> counts = ManyKeysQuery.select(dsg, COUNTS, "this", rows,
                scope == ManyKeysQuery.Scope.PER_KEY ? scope : ManyKeysQuery.Scope.LISTED);
        for (Node row : rows) count(dsg, row, counts.get(row));
    }

    private static void count(DatasetGraph dsg, Node row, List<Binding> counted) {
        for (Node p : List.of(Terms.ARTICLE_COUNT, DIP.copyCount, DIP.teaserCount)) dsg.deleteAny(Terms.SUMMARY_GRAPH, row, p, Node.ANY);
        Binding b = counted == null ? null : counted.get(0);
        if (b == null || ((Number) b.get("articles").getLiteralValue()).longValue() == 0) {
            dsg.deleteAny(Terms.SUMMARY_GRAPH, row, Node.ANY, Node.ANY);   // no article left in it
            return;
        }
        dsg.add(Terms.SUMMARY_GRAPH, row, RDF.Nodes.type, DIP.Tally);
        dsg.add(Terms.SUMMARY_GRAPH, row, Terms.ARTICLE_COUNT, b.get("articles"));
        dsg.add(Terms.SUMMARY_GRAPH, row, DIP.copyCount, b.get("copies"));
        dsg.add(Terms.SUMMARY_GRAPH, row, DIP.teaserCount, b.get("teasers"));
    }
}
