package org.diplograph.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.Terms;

/**
 * What a dataset holds, counted by SPARQL over the types of ontology/MODEL.md.
 *
 * <p>Entities are counted where articles state them (in article graphs), so reference data such
 * as the full country table does not inflate the figures: {@code countries} is the number of
 * countries that some article refers to. {@code triples} counts the quads of every named graph.
 */
public record GraphCounts(long triples, long articles, long countries, long organisations, long persons,
                          long agreements, long events) {

    private static final String IN_ARTICLES = "FILTER(STRSTARTS(STR(?g), \"" + Terms.ARTICLE_GRAPHS + "\"))";

    /** Counts what {@code dataset} holds, in a read transaction of its own. */
    public static GraphCounts of(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> new GraphCounts(
                count(dataset, "GRAPH ?g { ?s ?p ?o }", "*"),
                count(dataset, "?x a dip:Article", "DISTINCT ?x"),
                // each country looked up once in the article graphs, not every quad joined with the types
                count(dataset, "?x a dip:Country FILTER EXISTS { GRAPH ?g { ?s ?p ?x } " + IN_ARTICLES + " }", "DISTINCT ?x"),
                // the organisation classes first, then each one's members by the type index, rather
                // than every typed thing of every article tested against the class hierarchy
                count(dataset, "{ SELECT DISTINCT ?t { { ?t rdfs:subClassOf* dip:Organization } UNION { VALUES ?t { org:FormalOrganization } } } }"
                        + " GRAPH ?g { ?x a ?t } " + IN_ARTICLES,
                        "DISTINCT ?x"),
                count(dataset, typed("dip:Person"), "DISTINCT ?x"),
                count(dataset, typed("dip:Agreement"), "DISTINCT ?x"),
                count(dataset, typed("dip:Event"), "DISTINCT ?x")));
    }

    /** The quads of every named graph, in a read transaction of its own. */
    public static long triples(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> count(dataset, "GRAPH ?g { ?s ?p ?o }", "*"));
    }

    /** These counts with another number of triples. */
    public GraphCounts withTriples(long n) {
        return new GraphCounts(n, articles, countries, organisations, persons, agreements, events);
    }

    private static String typed(String type) {
        return "GRAPH ?g { ?x a " + type + " } " + IN_ARTICLES;
    }

    private static long count(DatasetGraph dataset, String pattern, String what) {
        Query q = QueryFactory.create(Terms.PREFIXES + "SELECT (COUNT(" + what + ") AS ?n) { " + pattern + " }");
        try (QueryExec qe = QueryExec.dataset(dataset).query(q).build()) {
            return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
        }
    }
}
