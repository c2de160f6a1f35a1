package org.diplograph.query;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * The parameters {@code limit} and {@code offset} of a listing query: typed integers that replace
 * the {@code LIMIT} and {@code OFFSET} the query text writes, wherever it writes them (the query
 * itself or the subquery that picks a page of events, agreements, articles...). SPARQL has no
 * variable in those places, so the values go into the parsed query's solution modifiers instead of
 * a variable: still terms, never text.
 */
final class Paging {
    static final String LIMIT = "limit";
    static final String OFFSET = "offset";

    private Paging() {}

    /** True for the names {@code limit} and {@code offset}. */
    static boolean isPaging(String name) {
        return name.equals(LIMIT) || name.equals(OFFSET);
    }

    /**
     * Checks that a typed {@code limit} or {@code offset} fits what a query's LIMIT and OFFSET can hold
     * (0 to {@link Long#MAX_VALUE}). An {@code xsd:integer} has no bound, but the modifiers are Java
     * longs, and taking {@code longValue()} of a larger number would silently wrap it.
     *
     * @throws IllegalArgumentException saying what was expected and what was given, for the caller
     *                                  to put after the parameter's name
     */
    static void check(Node value, String text) {
        BigInteger v = new BigInteger(value.getLiteralLexicalForm());
        if (v.signum() < 0) throw new IllegalArgumentException("wants 0 or more; got '" + text + "'");
        if (v.bitLength() >= Long.SIZE) {
            throw new IllegalArgumentException("wants a whole number from 0 to " + Long.MAX_VALUE + "; got '" + text + "'");
        }
    }

    /** True when {@code query} or one of its subqueries writes the modifier {@code name} stands for. */
    static boolean writes(Query query, String name) {
        return selects(query).stream().anyMatch(q -> name.equals(LIMIT) ? q.hasLimit() : q.hasOffset());
    }

    /**
     * A copy of {@code query} whose written LIMIT and OFFSET take the values given; {@code null}
     * leaves one as written.
     *
     * @throws IllegalArgumentException for a negative value or one beyond {@link Long#MAX_VALUE}
     */
    static Query apply(Query query, Node limit, Node offset) {
        Query copy = QueryFactory.create(query.serialize(Syntax.syntaxSPARQL_11), Syntax.syntaxSPARQL_11);
        long l = value(limit, LIMIT);
        long o = value(offset, OFFSET);
        for (Query q : selects(copy)) {
            if (limit != null && q.hasLimit()) q.setLimit(l);
            if (offset != null && q.hasOffset()) q.setOffset(o);
        }
        return copy;
    }

    private static long value(Node n, String name) {
        if (n == null) return -1;
        BigInteger v = new BigInteger(n.getLiteralLexicalForm());
        if (v.signum() < 0 || v.bitLength() >= Long.SIZE) {
            throw new IllegalArgumentException(name + " must be from 0 to " + Long.MAX_VALUE + "; got " + v);
        }
        return v.longValueExact();
    }

    /** The query and its subqueries, outermost first. */
    private static List<Query> selects(Query query) {
        List<Query> out = new ArrayList<>();
        out.add(query);
        if (query.getQueryPattern() == null) return out;
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                out.addAll(selects(el.getQuery()));
            }
        });
        return out;
    }
}
