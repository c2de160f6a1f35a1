package org.diplograph.server;

import static java.lang.String.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.atlas.json.JsonObject;
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
import org.apache.jena.query.TxnType;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetStream;
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
 *
 * <p>Answered at the deadline: the execution runs on a thread of its own while the request's thread
 * waits for it until the deadline, then aborts it and answers 503 at once. Jena notices a cancel only
 * between rows, so before, one long step (a FILTER whose regular expression backtracked for seconds
 * over one string) kept the answer until the step was done, then answered 200 past the timeout;
 * and each timeout came a little after the deadline. An aborted execution may go on for as long as
 * it takes to notice (that one step), beside the queries {@link Admission} lets in after it.
 */
abstract class BudgetedQuery extends SPARQL_QueryDataset {
    /**
     * Executions allowed at once, stragglers included: {@link Admission} frees a query's turn when it is
     * answered, so without this bound a client could start one-step queries that outlive their answer
     * faster than they notice their cancel, and pile up threads and cores. A query that finds none
     * free is answered 503 with {@code Retry-After} at once.
     */
    private final Semaphore executions;

    /** @param executions the most executions at once, those answered at their deadline and still running included */
    BudgetedQuery(int executions) {
        if (executions <= 0) throw new IllegalArgumentException("executions must be positive: " + executions);
        this.executions = new Semaphore(executions);
    }
    /**
     * The threads queries run on. Not bounded here: {@link Admission} bounds the queries let in, and
     * {@link #executions} those still stopping after their answer. Daemon
     * threads, never interrupted (an interrupt closes TDB2's file channels); idle ones end after a minute.
     */
    private static final ExecutorService RUNNERS = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "diplo-query-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

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
        // its whole time spent waiting for a turn (Admission): it never ran, so it is refused for
        // want of a slot, as a full queue is, and told when to come back
        if (passed(deadline)) busy(action, "Busy: the query waited its whole time for a turn; try again later");
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
        Pair<DatasetGraph, Query> p = decideDataset(action, query, queryStringLog);
        Query q = p.getRight() == null ? query : p.getRight();
        Query asked = query;
        AtomicReference<QueryExec> running = new AtomicReference<>();
        if (!executions.tryAcquire()) busy(action, "Busy: earlier queries are still stopping; try again later");
        Future<QueryExecResult> execution;
        try {
            execution = RUNNERS.submit(() -> {
                try {
                    return run(action, p.getLeft(), q, asked, queryStringLog, deadline, running);
                } finally {
                    executions.release();
                }
            });
        } catch (RuntimeException e) {
            executions.release();
            throw e;
        }
        QueryExecResult result;
        try {
            result = deadline == Long.MAX_VALUE ? execution.get() : execution.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException ex) {
            // the deadline: answer now, whether or not the execution has noticed its cancel yet
            execution.cancel(false);
            QueryExec exec = running.get();
            if (exec != null) exec.abort();
            if (ex instanceof InterruptedException) Thread.currentThread().interrupt();
            throw timedOut(action);
        } catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof QueryParseException qpe) {
                ServletOps.errorBadRequest("Query parse error: " + SPARQLProtocol.messageForException(qpe));
            }
            if (cause instanceof QueryCancelledException) throw timedOut(action);
            // Jena may fail on its way out of a cancelled query (a hash join closed before it was built
            // throws NullPointerException): past the deadline, that is the timeout, not a server error
            if (cause instanceof RuntimeException re) {
                if (!(re instanceof ActionErrorException) && passed(deadline)) throw timedOut(action);
                throw re;
            }
            if (cause instanceof Error e) throw e;
            throw new QueryException(cause);
        }
        sendResults(action, result, query.getPrologue());
    }

    /**
     * The execution, on a thread of its own so that the request's thread can answer at the deadline
     * ({@link #RUNNERS}): a read transaction on the dataset for this thread (TDB2's transactions
     * belong to a thread; the action's own transaction bookkeeping is left alone, since the request's
     * thread may be done with the action before this one ends), the query run with what is left of
     * the budget, and its result read whole, so that it is sent after the transaction has ended.
     */
    private QueryExecResult run(HttpAction action, DatasetGraph dataset, Query q, Query asked, String queryStringLog,
                                long deadline, AtomicReference<QueryExec> running) {
        synchronized (BUSY) {
            BUSY[0]++;
        }
        DatasetGraph base = action.getDataset();
        try {
            base.begin(TxnType.READ);
        } catch (RuntimeException e) {
            idle();
            throw e;
        }
        try (QueryExec exec = QueryExec.newBuilder().dataset(dataset).query(q).context(action.getContext())
                .overallTimeout(remainingMillis(deadline), TimeUnit.MILLISECONDS).build()) {
            running.set(exec);
            QueryExecResult result = executeQuery(action, exec, asked, queryStringLog);
            if (result.isJson()) {
                List<JsonObject> items = new ArrayList<>();
                result.jsonItems().forEachRemaining(items::add);
                result = new QueryExecResult(items.iterator());
            }
            return result;
        } finally {
            try {
                base.end();
            } finally {
                idle();
            }
        }
    }

    /** The executions running on {@link #RUNNERS}, counted, with this as their monitor. */
    private static final int[] BUSY = {0};

    private static void idle() {
        synchronized (BUSY) {
            BUSY[0]--;
            BUSY.notifyAll();
        }
    }

    /**
     * Waits until no execution runs, at most {@code wait}: a server that stops waits for the executions
     * it answered at their deadline and that are still noticing their cancel, whose read transactions
     * would keep the store from closing. False when some still run.
     */
    static boolean awaitIdle(Duration wait) {
        long end = System.nanoTime() + wait.toNanos();
        synchronized (BUSY) {
            while (BUSY[0] > 0) {
                long left = end - System.nanoTime();
                if (left <= 0) return false;
                try {
                    TimeUnit.NANOSECONDS.timedWait(BUSY, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /** The dataset a query runs on: the service's, not the action's (its transaction is not the action's). */
    @Override
    protected DatasetGraph getDataset(HttpAction action) {
        return action.getDataset();
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
        // each row's values resolved now: TDB2's rows look their values up in the dataset when read,
        // and they are read after the execution's transaction has ended
        RowSet rows = exec.select();
        List<Binding> resolved = new ArrayList<>();
        rows.forEachRemaining(row -> {
            BindingBuilder b = BindingFactory.builder();
            row.vars().forEachRemaining(v -> b.add(v, row.get(v)));
            resolved.add(b.build());
        });
        return new QueryExecResult(RowSetMem.create(RowSetStream.create(rows.getResultVars(), resolved.iterator())));
    }

    /** Refuses a query that did not run: 503 with {@code Retry-After}. */
    private static void busy(HttpAction action, String message) {
        action.setResponseHeader("Retry-After", "1");
        ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, message);
    }

    private static QueryCancelledException timedOut(HttpAction action) {
        ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
        return new QueryCancelledException();
    }

    /**
     * When the request's budget ends, in {@link System#nanoTime()}: its arrival plus the server's
     * timeout, or the request's own {@code timeout} parameter (seconds) when that is shorter; never
     * when neither is set.
     */
    static long deadline(HttpAction action) {
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

    /**
     * {@code in}, failing with {@link Expired} once {@code deadline} has passed: for a parser that
     * reads a stream (Jena's update parser turns the error into a {@link QueryParseException} whose
     * cause it is, which {@link #expired} tells apart).
     */
    static InputStream deadlined(InputStream in, long deadline) {
        return new java.io.FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                if (passed(deadline)) throw new Expired();
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (passed(deadline)) throw new Expired();
                return super.read(b, off, len);
            }
        };
    }

    /** True when {@code failure}, or one of its causes, is a parser's input running out of time. */
    static boolean expired(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Expired) return true;
        }
        return false;
    }

    /** The parser's input ran out of time; caught around the parser and answered as a timeout. */
    private static final class Expired extends Error {
        Expired() {
            super("query deadline passed", null, false, false);
        }
    }
}
