package org.diplograph.query;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.atlas.web.HttpException;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.diplograph.DiplographException;

/**
 * Runs queries (SELECT, ASK, CONSTRUCT, DESCRIBE) on a local dataset or against a SPARQL endpoint, returning the whole result.
 *
 * <p>Both ways take the same parsed, substituted query ({@link Params#applyTo}); an endpoint is sent
 * its serialisation. Locally the query runs in a read transaction over the union of the named
 * graphs, which is what the server serves as its default graph, so that a query answers the same
 * either way. Every run has a time limit.
 *
 * <p>An endpoint is sent the query as the body of a POST ({@code application/sparql-query}, UTF-8),
 * never in the URL: a string parameter may hold any character, control characters included, and
 * the serialised query keeps them raw inside the literal (valid SPARQL), but the URL Jena builds for
 * a GET leaves them unescaped and is refused before anything is sent.
 */
public final class QueryRunner {
    /** How long one query may run, in seconds, before it is cancelled. */
    public static final long TIMEOUT_SECONDS = 120;

    private final DatasetGraph dataset;
    private final String endpoint;

    private QueryRunner(DatasetGraph dataset, String endpoint) {
        this.dataset = dataset;
        this.endpoint = endpoint;
    }

    /** Runs queries on {@code dataset} (TDB2 or in memory); the caller keeps ownership of it. */
    public static QueryRunner local(DatasetGraph dataset) {
        return new QueryRunner(Objects.requireNonNull(dataset), null);
    }

    /**
     * Runs queries against the SPARQL query endpoint {@code queryEndpoint} (e.g. {@code http://127.0.0.1:3030/diplo/query}).
     *
     * @throws DiplographException when it is not an absolute http or https URL with a host
     */
    public static QueryRunner remote(String queryEndpoint) {
        Objects.requireNonNull(queryEndpoint);
        URI uri;
        try {
            uri = new URI(queryEndpoint);
        } catch (URISyntaxException e) {
            throw new DiplographException("not an endpoint URL: " + queryEndpoint + " (" + e.getReason() + ")", e);
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            throw new DiplographException("not an endpoint URL: " + queryEndpoint + " (wants http://HOST:PORT/PATH)");
        }
        return new QueryRunner(null, queryEndpoint);
    }

    /** Where the queries go, for messages: the endpoint URL, or "local dataset". */
    public String target() {
        return endpoint != null ? endpoint : "local dataset";
    }

    /** Runs {@code query} with {@code params} substituted. */
    public ResultTable run(CannedQuery query, Params params) {
        try {
            return select(params.applyTo(query.query()));
        } catch (DiplographException e) {
            throw new DiplographException("query '" + query.name() + "': " + e.getMessage(), e);
        }
    }

    /**
     * Runs a SELECT query as given.
     *
     * @throws DiplographException when the endpoint fails or refuses, or the time limit passes
     */
    public ResultTable select(Query query) {
        return attempt(() -> endpoint != null ? remote(query, q -> ResultTable.of(q.execSelect()))
                : local(query, q -> ResultTable.of(q.execSelect())));
    }

    /**
     * Runs an ASK query as given.
     *
     * @throws DiplographException as {@link #select}
     */
    public boolean ask(Query query) {
        return attempt(() -> endpoint != null ? remote(query, QueryExecution::execAsk) : local(query, QueryExecution::execAsk));
    }

    /**
     * Runs a CONSTRUCT or DESCRIBE query as given; the graph is held in memory.
     *
     * @throws DiplographException as {@link #select}
     */
    public Graph graph(Query query) {
        Function<QueryExecution, Graph> run = q -> {
            Graph out = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(out, (query.isDescribeType() ? q.execDescribe() : q.execConstruct()).getGraph());
            return out;
        };
        return attempt(() -> endpoint != null ? remote(query, run) : local(query, run));
    }

    /** Runs {@code work}, turning the ways a query fails into one message. */
    private <T> T attempt(Supplier<T> work) {
        try {
            return work.get();
        } catch (QueryCancelledException e) {
            throw new DiplographException("no answer within " + TIMEOUT_SECONDS + " s on " + target(), e);
        } catch (QueryExceptionHTTP e) {
            if (e.getStatusCode() <= 0) {   // no answer at all: the connection failed
                throw new DiplographException("cannot query the endpoint " + endpoint + ": " + firstLine(rootMessage(e)), e);
            }
            throw new DiplographException("the endpoint " + endpoint + " answered " + firstLine(e.getMessage()), e);
        } catch (HttpException e) {
            throw new DiplographException("cannot query the endpoint " + endpoint + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** The message of the deepest cause that has one: what went wrong, under the wrappers. */
    private static String rootMessage(Throwable e) {
        String found = e.getMessage();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t.getMessage() != null) found = t.getClass().getSimpleName() + ": " + t.getMessage();
        }
        return found;
    }

    /** The first line of a message, without the query text an HTTP error may quote after it. */
    private static String firstLine(String message) {
        if (message == null) return "no reason given";
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** Runs on the dataset in a read transaction, over the union of the named graphs; the result is read inside it. */
    private <T> T local(Query query, Function<QueryExecution, T> read) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query)
                    .set(TDB2.symUnionDefaultGraph, true)
                    .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
                return read.apply(qe);
            }
        });
    }

    private <T> T remote(Query query, Function<QueryExecution, T> read) {
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query).sendMode(QuerySendMode.asPost)
                .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
            return read.apply(qe);
        }
    }
}
