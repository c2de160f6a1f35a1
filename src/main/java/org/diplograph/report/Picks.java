package org.diplograph.report;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.diplograph.query.ParamSpec;
import org.diplograph.query.ParamType;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultTable;

/**
 * Values the report chooses for a required parameter nobody gave, so that queries such as
 * "offices on a date" or "the evidence behind an entity" show an example rather than nothing:
 * a date is the latest full date in the graph, a person the one in most events, any other IRI the
 * busiest country pair (by the counts kept on the relation nodes). Text is never guessed.
 */
final class Picks {
    /** The prefixes of the report's own queries (here and in {@link Summary}). */
    static final String PREFIXES = """
            PREFIX dip:    <https://w3id.org/diplograph/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX sem:    <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            """;
    static final String LATEST_DATE = PREFIXES + """
            SELECT (MAX(?d) AS ?value) WHERE {
              { ?article schema:datePublished ?d } UNION { ?event sem:hasBeginTimeStamp ?d }
              FILTER(datatype(?d) = xsd:date)
            }""";
    static final String BUSIEST_PERSON = PREFIXES + """
            SELECT ?value WHERE { ?event sem:hasActor ?value . ?value a dip:Person }
            GROUP BY ?value ORDER BY DESC(COUNT(DISTINCT ?event)) ?value LIMIT 1""";
    static final String BUSIEST_PAIR = PREFIXES + """
            SELECT ?value WHERE { ?value a dip:BilateralRelation ; dip:eventCount ?events }
            ORDER BY DESC(?events) ?value LIMIT 1""";

    private final QueryRunner runner;

    Picks(QueryRunner runner) {
        this.runner = runner;
    }

    /** A value for {@code p} in the form a user would type it, or empty when the report does not guess one. */
    Optional<String> valueFor(ParamSpec p) {
        String query;
        if (p.type() == ParamType.DATE) query = LATEST_DATE;
        else if (p.type() == ParamType.IRI && p.name().equals("person")) query = BUSIEST_PERSON;
        else if (p.type() == ParamType.IRI) query = BUSIEST_PAIR;
        else return Optional.empty();
        ResultTable t = runner.select(QueryFactory.create(query));
        if (t.size() == 0 || t.get(0, "value") == null) return Optional.empty();
        Node n = t.get(0, "value");
        return Optional.of(n.isURI() ? n.getURI() : n.getLiteralLexicalForm());
    }
}
