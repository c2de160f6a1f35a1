package org.diplograph.query;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.diplograph.DiplographException;

/**
 * A named, parsed SELECT query with its header, as found in {@code queries/NAME.rq}.
 *
 * <p>Reading one checks that the header tells the truth: the query parses as standard SPARQL 1.1,
 * its result columns are exactly the header's {@code returns}, and every declared parameter names a
 * variable the query uses. A catalogue that loads is therefore one whose headers can be trusted.
 *
 * @param name   the file name without {@code .rq}
 * @param header summary, parameters and columns
 * @param query  the parsed query; the accessor hands out a copy, so callers cannot alter the catalogue
 */
public record CannedQuery(String name, QueryHeader header, Query query) {

    @Override
    public Query query() {
        return query.cloneQuery();
    }

    /** The query's prefixes and {@code id:} for the graph's resources, to show IRIs short. */
    public PrefixMapping prefixes() {
        return PrefixMapping.Factory.create().setNsPrefixes(query.getPrefixMapping()).setNsPrefix("id", ParamType.ID_BASE);
    }

    public String summary() {
        return header.summary();
    }

    public List<ParamSpec> params() {
        return header.params();
    }

    public List<String> returns() {
        return header.returns();
    }

    /**
     * Reads a canned query from its text.
     *
     * @throws DiplographException naming {@code name} when the header or the query is wrong
     */
    public static CannedQuery parse(String name, String text) {
        QueryHeader header = QueryHeader.parse(name, text);
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw new DiplographException(name + ": not valid SPARQL 1.1: " + e.getMessage(), e);
        }
        if (!query.isSelectType()) throw new DiplographException(name + ": a canned query must be a SELECT query");
        if (!query.getResultVars().equals(header.returns())) {
            throw new DiplographException(name + ": header returns " + header.returns()
                    + " but the query selects " + query.getResultVars());
        }
        String plain = query.toString();
        for (ParamSpec p : header.params()) {
            if (Paging.isPaging(p.name())) {
                if (p.type() != ParamType.INTEGER || !Paging.writes(query, p.name())) {
                    throw new DiplographException(name + ": parameter '" + p.name() + "' must be an integer and the query"
                            + " must write " + p.name().toUpperCase(java.util.Locale.ROOT) + " where it applies");
                }
                continue;
            }
            Node marker = ParamType.STRING.parse("unused parameter marker");
            Query marked = QueryTransformOps.replaceVars(query, Map.of(Var.alloc(p.name()), marker));
            if (marked.toString().equals(plain)) {
                throw new DiplographException(name + ": parameter '" + p.name() + "' binds ?" + p.name()
                        + ", which the query does not use");
            }
        }
        return new CannedQuery(name, header, query);
    }
}
