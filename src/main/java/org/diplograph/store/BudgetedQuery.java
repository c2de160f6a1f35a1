package org.diplograph.store;

import static java.lang.String.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.lang.SyntaxVarScope;
import org.apache.jena.sparql.lang.arq.javacc.ARQParser;
import org.apache.jena.sparql.lang.arq.javacc.ParseException;
import org.apache.jena.sparql.lang.arq.javacc.TokenMgrError;
import org.apache.jena.web.HttpSC;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Fuseki's query operation with the whole of a query's time counted against its timeout: from the
 * request's arrival (so the time it waited for {@link Admission} counts), through reading and parsing
 * the query, to the end of its execution, which gets only what is left.
 *
 * <p>Why: Fuseki starts the timeout when execution starts. A 50 MB query (mostly a comment) spent
 * 830 s in the parser, long after its client had left, and queries that waited for a core ran their
 * full timeout after the wait (issue 15). Here the budget is the server's timeout ({@code
 * ARQ.queryTimeout} in the dataset's context), or less when the request asks for less with Fuseki's
 * {@code timeout} parameter; a query past its budget is stopped, wherever it is, and answered as
 * Fuseki answers a query that timed out: 503 {@code Query timed out}.
 *
 * <p>How the parse is stopped: the query is parsed by Jena's own ARQ parser, the one {@link
 * org.apache.jena.query.QueryFactory} uses for {@link Syntax#syntaxARQ} (as Fuseki does), with the same
 * base, strictness and checks, but fed through a {@link Reader} that fails once the deadline has
 * passed; the parser reads its input a few thousand characters at a time, so a long query is
 * abandoned within moments of its deadline. A body refused by {@link BodyLimit} while it streams is
 * answered 413. Otherwise the request is served as {@code SPARQL_QueryDataset} serves it: the same
 * validation ({@link #validateQuery}), dataset, execution, results and errors, but for a SELECT's rows,
 * read whole before the answer starts ({@link #executeQuery}).
 */
abstract class BudgetedQuery extends SPARQL_QueryDataset {

    /** Reads the body as Fuseki does, but answers 413 when {@link BodyLimit} stopped it on its way. */
    @Override
    protected void executeBody(HttpAction action) {
        String queryString = null;
        try (InputStream input = action.getRequestInputStream()) {
            queryString = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Throwable ex) {
            if (BodyLimit.tooLarge(ex)) ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, "query too large");
            ActionLib.consumeBody(action);
            ServletOps.errorOccurred(ex);
        }
        execute(queryString, action);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        long deadline = deadline(action);
        if (queryString.isBlank()) ServletOps.errorBadRequest("Error: Empty query string");
        action.log.info(format("[%d] Query = %s", action.id, ServletOps.formatForLog(queryString)));
        Query query = null;
        try {
            query = parse(queryString, deadline);
            validateQuery(action, query);
        } catch (ActionErrorException | QueryCancelledException ex) {
            throw ex;
        } catch (QueryParseException ex) {
            String msg = SPARQLProtocol.messageForParseException(ex);
            action.log.warn(format("[%d] %s", action.id, msg));
            ServletOps.errorBadRequest(msg);
        } catch (QueryException ex) {
            String msg = SPARQLProtocol.messageForException(ex);
            action.log.warn(format("[%d] %s", action.id, msg));
            ServletOps.errorBadRequest("Error: " + msg);
        }
        String queryStringLog = flat(query);
        try {
            action.beginRead();
            Pair<DatasetGraph, Query> p = decideDataset(action, query, queryStringLog);
            Query q = p.getRight() == null ? query : p.getRight();
            try (QueryExec exec = QueryExec.newBuilder().dataset(p.getLeft()).query(q).context(action.getContext())
                    .overallTimeout(remainingMillis(deadline), TimeUnit.MILLISECONDS).build()) {
                QueryExecResult result = executeQuery(action, exec, query, queryStringLog);
                sendResults(action, result, query.getPrologue());
            }
        } catch (QueryParseException ex) {
            action.abortSilent();
            ServletOps.errorBadRequest("Query parse error: " + SPARQLProtocol.messageForException(ex));
        } catch (QueryCancelledException ex) {
            throw timedOut(action);
        } catch (RuntimeException ex) {
            // Jena may fail on its way out of a cancelled query (a hash join closed before it was built
            // throws NullPointerException): past the deadline, that is the timeout, not a server error
            if (!(ex instanceof ActionErrorException) && passed(deadline)) throw timedOut(action);
            throw ex;
        } finally {
            action.endRead();
        }
    }

    /**
     * Runs the query as Fuseki does, but reads a SELECT's rows whole before the answer starts: Fuseki
     * streams them, so a timeout in the middle cut the answer short after its 200 (a client read
     * malformed JSON); now a query either answers whole or times out with 503. The rows are at most
     * {@link RowCap}'s ceiling.
     */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query requestQuery, String queryStringLog) {
        if (!requestQuery.isSelectType()) return super.executeQuery(action, exec, requestQuery, queryStringLog);
        return new QueryExecResult(RowSetMem.create(exec.select()));
    }

    private static QueryCancelledException timedOut(HttpAction action) {
        action.abortSilent();
        ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
        return new QueryCancelledException();
    }

    /**
     * When the request's budget ends, in {@link System#nanoTime()}: its arrival plus the server's
     * timeout, or the request's own {@code timeout} parameter (seconds) when that is shorter; never
     * when neither is set.
     */
    private static long deadline(HttpAction action) {
        long budget = overallMillis(action.getContext().getAsString(ARQ.queryTimeout), TimeUnit.MILLISECONDS);
        long asked = overallMillis(action.getRequestParameter("timeout"), TimeUnit.SECONDS);
        if (asked > 0 && (budget <= 0 || asked < budget)) budget = asked;
        if (budget <= 0) return Long.MAX_VALUE;
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(action.getRequest());
        long arrival = request == null ? System.nanoTime() : request.getBeginNanoTime();
        return arrival + TimeUnit.MILLISECONDS.toNanos(budget);
    }

    /** The overall part of a Jena timeout string ({@code "overall"} or {@code "first,overall"}), -1 when none. */
    private static long overallMillis(String timeout, TimeUnit unit) {
        if (timeout == null || timeout.isBlank()) return -1;
        Pair<Long, Long> p = Timeouts.parseTimeoutStr(timeout.trim(), unit);
        return p == null ? -1 : p.getRight();
    }

    /** What is left of the budget for the execution; none left stops the query as timed out. */
    private static long remainingMillis(long deadline) {
        if (deadline == Long.MAX_VALUE) return -1;
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) throw new QueryCancelledException();
        return left;
    }

    /**
     * Parses as {@code QueryFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ)} does, but
     * gives up with {@link QueryCancelledException} once {@code deadline} has passed.
     */
    static Query parse(String text, long deadline) {
        Query query = new Query();
        query.setSyntax(Syntax.syntaxARQ);
        query.setBase(IRIs.resolveIRI(Fuseki.BaseParserSPARQL));
        query.setStrict(true);
        ARQParser parser = new ARQParser(new Deadlined(new StringReader(text), deadline));
        try {
            parser.setQuery(query);
            parser.QueryUnit();
        } catch (Expired ex) {
            throw new QueryCancelledException();
        } catch (ParseException ex) {
            throw new QueryParseException(ex.getMessage(), ex.currentToken.beginLine, ex.currentToken.beginColumn);
        } catch (TokenMgrError ex) {
            throw new QueryParseException(ex.getMessage(), parser.token.endLine, parser.token.endColumn);
        } catch (QueryException ex) {
            throw ex;
        } catch (JenaException ex) {
            throw new QueryException(ex.getMessage(), ex);
        } catch (Error ex) {
            throw new QueryParseException(ex.getMessage(), ex, -1, -1);
        }
        SyntaxVarScope.check(query);
        if (passed(deadline)) throw new QueryCancelledException();
        return query;
    }

    /** True once {@code deadline} has passed; {@link Long#MAX_VALUE} never passes. */
    private static boolean passed(long deadline) {
        return deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0;
    }

    private static String flat(Query query) {
        IndentedLineBuffer out = new IndentedLineBuffer();
        out.setFlatMode(true);
        query.serialize(out);
        return out.asString();
    }

    /**
     * A reader that fails with {@link Expired} once its deadline has passed. An {@link Error}, because
     * the parser's token manager takes any {@link Exception} from its input for the end of the input,
     * and so would parse on (or fail on a broken buffer) instead of stopping.
     */
    private static final class Deadlined extends Reader {
        private final Reader in;
        private final long deadline;

        Deadlined(Reader in, long deadline) {
            this.in = in;
            this.deadline = deadline;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (passed(deadline)) throw new Expired();
            return in.read(buffer, offset, length);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** The parser's input ran out of time; caught around the parser and answered as a timeout. */
    private static final class Expired extends Error {
        Expired() {
            super("query deadline passed", null, false, false);
        }
    }
}
