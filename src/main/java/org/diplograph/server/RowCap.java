package org.diplograph.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.query.Query;

/**
 * Fuseki's query operation with a ceiling on the number of results a query over HTTP may return.
 *
 * <p>A query without {@code LIMIT}, or with a larger one, is run with {@code LIMIT max}, so one
 * careless query cannot make the server build and send the whole dataset. The answer then carries
 * the header {@value #HEADER} with the ceiling, so a client can tell a capped answer from a complete
 * one. The limit applies to solutions: rows of a SELECT, solutions of a CONSTRUCT or DESCRIBE.
 * ASK is left alone. Queries run in the server's own process (ingest, summary) are not affected.
 * Each query's time, parse included, is counted from its arrival ({@link BudgetedQuery}).
 */
final class RowCap extends BudgetedQuery {
    /** The response header present when a query's results were capped. */
    static final String HEADER = "Diplograph-Row-Limit";

    private final long max;

    /**
     * @param max the most results a query returns
     * @param executions the most executions at once, stragglers included ({@link BudgetedQuery})
     */
    RowCap(long max, int executions) {
        super(executions);
        if (max <= 0) throw new IllegalArgumentException("max rows must be positive: " + max);
        this.max = max;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.isAskType()) return;
        if (!query.hasLimit() || query.getLimit() > max) {
            query.setLimit(max);
            action.setResponseHeader(HEADER, Long.toString(max));
        }
    }
}
