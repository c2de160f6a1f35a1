package org.diplograph.server;

import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The admission limit on the dataset's requests: at most {@code running} at once, the others wait in
 * a queue of at most {@code queued}, each for at most the query timeout, and are then answered 503
 * with {@code Retry-After} (as is a request that finds the queue full).
 *
 * <p>Why: 50 concurrent cross products on two cores each got a sliver of a core, so none finished
 * within its timeout, requests were dropped, the heap doubled and ping went unanswered (issue 15).
 * A few at a time finish or time out on schedule; the rest wait without a thread or any memory of
 * their own, since Jetty's {@link QoSHandler}, which this is, suspends them asynchronously.
 *
 * <p>What waits: every request to the dataset ({@code /diplo} and below: queries and graph store reads)
 * but the editors' endpoints, {@code /diplo/ingest}, {@code /diplo/update}, {@code /diplo/data} and {@code /diplo/snapshot}. They
 * need a password, and a wrong one is answered late ({@link ThrottledBasicAuthenticator}): were they
 * admitted here, a page guessing the editor's password would hold the dataset's turns with answers it
 * makes wait, and queue the editor's own writes behind anonymous queries. What never waits: everything else, so ping ({@code /$/ping}), the console's pages and the
 * admin module's read calls stay responsive however many queries wait. The wait counts in a query's
 * budget ({@link BudgetedQuery} measures it from the request's arrival), so a query is answered within
 * its timeout whether it waited, ran or both.
 */
final class Admission extends QoSHandler {
    private final String retryAfter;

    /**
     * @param running the most requests served at once
     * @param queued the most requests waiting; one more is refused at once
     * @param wait the longest a request waits, the query timeout; also the {@code Retry-After} given
     */
    Admission(int running, int queued, Duration wait) {
        if (running <= 0) throw new IllegalArgumentException("the admission limit must be positive: " + running);
        if (queued < 0) throw new IllegalArgumentException("the queue cannot be negative: " + queued);
        setMaxRequestCount(running);
        setMaxSuspendedRequestCount(queued);
        setMaxSuspend(wait);
        retryAfter = Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000));
        includePath(DiplographServer.DATASET, DiplographServer.DATASET + "/*");
        excludePath(DiplographServer.DATASET + "/ingest", DiplographServer.DATASET + "/update",
                DiplographServer.DATASET + "/data", DiplographServer.DATASET + "/snapshot");
    }

    /** Puts an admission limit in front of everything {@code server} handles. */
    static void install(Server server, int running, int queued, Duration wait) {
        Admission admission = new Admission(running, queued, wait);
        admission.setHandler(server.getHandler());
        server.setHandler(admission);
    }

    /**
     * Marks each request that waits or runs with {@code Retry-After}: QoSHandler answers a full queue
     * itself, after this and before the request is admitted; {@link #nextHandler} takes the header off
     * the requests admitted.
     */
    @Override
    public boolean onConditionsMet(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put(HttpHeader.RETRY_AFTER, retryAfter);
        return super.onConditionsMet(request, response, callback);
    }

    @Override
    protected boolean nextHandler(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().remove(HttpHeader.RETRY_AFTER);
        return super.nextHandler(request, response, callback);
    }

    /** A request that waited its whole time: 503 with {@code Retry-After}. */
    @Override
    protected void failSuspended(Request request, Response response, Callback callback, int status, Throwable failure) {
        if (status == HttpStatus.SERVICE_UNAVAILABLE_503) response.getHeaders().put(HttpHeader.RETRY_AFTER, retryAfter);
        super.failSuspended(request, response, callback, status, failure);
    }
}
