package org.diplograph.store;

import java.util.Collection;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Keeps the summary graph's counts on bilateral-relation nodes current.
 *
 * <p>Counts are taken by SPARQL over the union of the named graphs, so an article that several
 * runs stated once is counted once, and a copy of a story already loaded ({@code dip:duplicateOf})
 * is not counted at all: the story counts once. Only the relations a run touched are recomputed:
 * every other relation's articles are unchanged, so are its counts. Call inside a write
 * transaction, after the duplicate links are current.
 */
final class Summary {
    private static final String NOT_A_COPY = " FILTER NOT EXISTS { ?a dip:duplicateOf ?original }";
    private static final Query ARTICLES = count("?x dip:aboutRelation ?r . BIND(?x AS ?a)" + NOT_A_COPY);
    private static final String HAPPENED = " FILTER NOT EXISTS { ?x dip:standing ?standing FILTER(?standing != \"happened\") }";
    private static final Query EVENTS = count("?x dip:relation ?r ; a dip:Event ; prov:wasDerivedFrom ?a ." + NOT_A_COPY + HAPPENED);
    private static final Query AGREEMENTS = count("?x dip:relation ?r ; a dip:Agreement ; prov:wasDerivedFrom ?a ." + NOT_A_COPY);

    private Summary() {}

    static void recompute(DatasetGraph dsg, Collection<Node> relations) {
        for (Node r : relations) {
            dsg.deleteAny(Terms.SUMMARY_GRAPH, r, Node.ANY, Node.ANY);
            long articles = run(dsg, ARTICLES, r);
            long events = run(dsg, EVENTS, r);
            long agreements = run(dsg, AGREEMENTS, r);
            if (articles + events + agreements == 0) continue;   // no article speaks of it any more
            dsg.add(Terms.SUMMARY_GRAPH, r, Terms.ARTICLE_COUNT, integer(articles));
            dsg.add(Terms.SUMMARY_GRAPH, r, Terms.EVENT_COUNT, integer(events));
            dsg.add(Terms.SUMMARY_GRAPH, r, Terms.AGREEMENT_COUNT, integer(agreements));
        }
    }

    private static Query count(String pattern) {
        return QueryFactory.create(Terms.PREFIXES + "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
                + "SELECT (COUNT(DISTINCT ?x) AS ?n) { " + pattern + " }");
    }

    private static long run(DatasetGraph dsg, Query q, Node relation) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(q).substitution("r", relation).build()) {
            return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
        }
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
