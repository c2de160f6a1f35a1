package org.diplograph.query;

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

    /** True when {@code query} or one of its subqueries writes the modifier {@code name} stands for. */
    static boolean writes(Query query, String name) {
        return selects(query).stream().anyMatch(q -> name.equals(LIMIT) ? q.hasLimit() : q.hasOffset());
    }

    /**
     * A copy of {@code query} whose written LIMIT and OFFSET take the values given; {@code null}
     * leaves one as written.
     *
     * @throws IllegalArgumentException for a negative value
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
        long v = ((Number) n.getLiteralValue()).longValue();
        if (v < 0) throw new IllegalArgumentException(name + " must be 0 or more; got " + v);
        return v;
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
