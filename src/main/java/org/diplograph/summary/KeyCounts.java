package org.diplograph.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Iris;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.rdf.Terms;

/**
 * Counts again, for each summary key ({@link SummaryKeys}: a bilateral relation, a country, a
 * ministry), its counts and rows in the summary graph ({@link CountedRows}); the rows per source
 * and month are {@link SourceMonthCounts}'.
 *
 * <p>Counts are taken by SPARQL over the union of the named graphs, so an article that several
 * runs stated once is counted once, and a copy of a story already loaded ({@code dip:duplicateOf})
 * is not counted at all: the story counts once. Only the keys a run touched are recomputed:
 * every other key's articles are unchanged, so are its counts. Call inside a write
 * transaction, after the duplicate links are current.
 */
public final class KeyCounts {
    private static final String NOT_A_COPY = " FILTER NOT EXISTS { ?a dip:duplicateOf ?original }";
    private static final Query ARTICLES = count("?x dip:aboutRelation ?r . BIND(?x AS ?a)" + NOT_A_COPY);
    private static final String HAPPENED = " FILTER NOT EXISTS { ?x dip:standing ?standing FILTER(?standing != \"happened\") }";
    private static final Query EVENTS = count("?x dip:relation ?r ; a dip:Event ; prov:wasDerivedFrom ?a ." + NOT_A_COPY + HAPPENED);
    /**
     * Articles involving a country, copies and teasers included: every article the graph holds. The
     * country's pattern first: with the key written into both patterns Jena keeps their order, and
     * reading every article's type first took 666 ms for Viet Nam at 100,178 articles, 298 ms this
     * way round (the same count; the grouped pass over every country is the same either way).
     */
    private static final Query INVOLVING = count("?x dip:involvesCountry ?r ; a dip:Article");
    private static final Query AGREEMENTS = count("?x dip:relation ?r ; a dip:Agreement ; prov:wasDerivedFrom ?a ." + NOT_A_COPY);

    private KeyCounts() {}

    /**
     * Recomputes what the summary graph keeps for {@code keys} (see {@link SummaryKeys}): the counts
     * and rows of each bilateral relation, the article count and agreement rows of each country, the
     * countries, names and counterpart rows of each ministry, the holding rows of each person, the timeline rows of each
     * event and agreement and their review rows ({@link ReviewPages}). One query per key: for the few keys of a live load.
     */
    static void recompute(DatasetGraph dsg, Collection<Node> keys) {
        recompute(dsg, keys, ManyKeysQuery.Scope.PER_KEY);
    }

    /**
     * As {@link #recompute(DatasetGraph, Collection)}, each measure taken for all the keys of its kind
     * as {@code scope} says ({@link ManyKeysQuery}): the same counts and rows, in one pass per measure.
     */
    static void recompute(DatasetGraph dsg, Collection<Node> keys, ManyKeysQuery.Scope scope) {
        List<Node> relations = new ArrayList<>();
        List<Node> countries = new ArrayList<>();
        List<Node> organisations = new ArrayList<>();
        List<Node> persons = new ArrayList<>();
        List<Node> items = new ArrayList<>();
        for (Node key : keys) {
            String iri = key.getURI();
            if (iri.startsWith(SummaryKeys.RELATIONS)) relations.add(key);
            else if (SummaryKeys.isItem(key)) items.add(key);
            else if (iri.startsWith(SummaryKeys.COUNTRIES)) countries.add(key);
            else if (iri.startsWith(SummaryKeys.PERSONS)) persons.add(key);
            else organisations.add(key);
        }
        if (!relations.isEmpty()) {
            Map<Node, Long> articles = counts(dsg, ARTICLES, relations, scope);
            Map<Node, Long> events = counts(dsg, EVENTS, relations, scope);
            Map<Node, Long> agreements = counts(dsg, AGREEMENTS, relations, scope);
            for (Node r : relations) relation(dsg, r, articles.getOrDefault(r, 0L), events.getOrDefault(r, 0L),
                    agreements.getOrDefault(r, 0L));
            CountedRows.OF_RELATION.forEach(t -> t.recompute(dsg, relations, scope));
        }
        if (!countries.isEmpty()) {
            Map<Node, Long> involving = counts(dsg, INVOLVING, countries, scope);
            for (Node c : countries) {
                dsg.deleteAny(Terms.SUMMARY_GRAPH, c, Terms.ARTICLE_COUNT, Node.ANY);
                long n = involving.getOrDefault(c, 0L);
                if (n > 0) dsg.add(Terms.SUMMARY_GRAPH, c, Terms.ARTICLE_COUNT, integer(n));
            }
            CountedRows.OF_COUNTRY.forEach(t -> t.recompute(dsg, countries, scope));
        }
        if (!organisations.isEmpty()) CountedRows.OF_ORGANISATION.forEach(t -> t.recompute(dsg, organisations, scope));
        if (!persons.isEmpty()) CountedRows.OF_PERSON.forEach(t -> t.recompute(dsg, persons, scope));
        if (!items.isEmpty()) {
            // the pairs the items' rows named before and name now are ranked again (TimelinePages)
            java.util.Set<Node> pairs = TimelinePages.pairsOf(dsg, items);
            CountedRows.OF_ITEM.forEach(t -> t.recompute(dsg, items, scope));
            pairs.addAll(TimelinePages.pairsOf(dsg, items));
            TimelinePages.order(dsg, pairs);
            ReviewPages.recompute(dsg, items, scope);
        }
    }

    /**
     * The relation's counts, and its two countries again in the summary graph while some article
     * graph still holds the relation: a query reading the summary graph alone then finds every
     * relation by index, without scanning the copy of the relation each article graph holds.
     */
    private static void relation(DatasetGraph dsg, Node r, long articles, long events, long agreements) {
        for (Node p : List.of(Terms.ARTICLE_COUNT, Terms.EVENT_COUNT, Terms.AGREEMENT_COUNT, DIP.country)) {
            dsg.deleteAny(Terms.SUMMARY_GRAPH, r, p, Node.ANY);
        }
        String[] codes = r.getURI().substring(SummaryKeys.RELATIONS.length()).split("-");
        if (codes.length == 2 && dsg.find(Node.ANY, r, RDF.Nodes.type, Terms.BILATERAL_RELATION).hasNext()) {
            for (String code : codes) dsg.add(Terms.SUMMARY_GRAPH, r, DIP.country, NodeFactory.createURI(Iris.country(code)));
        }
        if (articles + events + agreements == 0) return;   // no article speaks of it any more
        dsg.add(Terms.SUMMARY_GRAPH, r, Terms.ARTICLE_COUNT, integer(articles));
        dsg.add(Terms.SUMMARY_GRAPH, r, Terms.EVENT_COUNT, integer(events));
        dsg.add(Terms.SUMMARY_GRAPH, r, Terms.AGREEMENT_COUNT, integer(agreements));
    }

    /** The count {@code q} gives for each of {@code keys} ({@code ?r}); a key without any is absent. */
    private static Map<Node, Long> counts(DatasetGraph dsg, Query q, Collection<Node> keys, ManyKeysQuery.Scope scope) {
        Map<Node, Long> out = new HashMap<>();
        ManyKeysQuery.select(dsg, q, "r", keys, scope).forEach((key, rows) ->
                out.put(key, ((Number) rows.get(0).get("n").getLiteralValue()).longValue()));
        return out;
    }

    private static Query count(String pattern) {
        return QueryFactory.create(Terms.PREFIXES + "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
                + "SELECT (COUNT(DISTINCT ?x) AS ?n) { " + pattern + " }");
    }

    public static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
