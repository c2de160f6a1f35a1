package org.diplograph.server;

import java.nio.ByteBuffer;
import java.util.Set;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * A ceiling on the size of request bodies, in front of everything the server serves: a body larger
 * than {@code uploadMax} for the paths that take files ({@link #UPLOAD_PATHS}: article files and graph
 * store writes), or larger than {@code queryMax} anywhere else (a SPARQL query or update, as
 * {@code application/sparql-query}, {@code application/sparql-update} or a form), is refused with 413.
 *
 * <p>Why: the parser of a query or update holds the whole text in memory and may spend minutes on a
 * long one (issue 15: 830 s on 50 MB), and an upload is written to disk; a body is therefore stopped
 * before it is read, not after. A request whose {@code Content-Length} passes the ceiling is answered
 * at once, before the body is read, and never reaches Fuseki. A body sent without length (chunked) is
 * counted as it streams: the read that passes the ceiling fails with a {@link BadMessageException}
 * of status 413 (as Jetty's {@code SizeLimitHandler}, which has one ceiling for all paths, does); the
 * handler reading it answers 413 ({@link #tooLarge} tells that failure apart), and Jetty closes the
 * connection rather than read the rest. A handler that does not tell it apart (the graph store's RDF
 * parser, which reports a broken input) is overruled: the request is marked ({@link #STOPPED}) and
 * its error answer becomes 413 ({@link ErrorBodies}). A GET's query string is bounded apart from this, by Jetty's
 * request header size (512 KB under Fuseki): larger is refused with 431.
 */
final class BodyLimit extends Handler.Wrapper {
    /**
     * The request attribute set, to the ceiling passed, when a streamed body was stopped: whatever
     * error the handler reading it then made of its broken input (a parse error, 400 or 500), the
     * answer is 413 ({@link ErrorBodies}).
     */
    static final String STOPPED = "org.diplograph.bodyStopped";

    /** The paths whose bodies are files: articles for {@link IngestOverHttp}, RDF for the graph store. */
    static final Set<String> UPLOAD_PATHS = Set.of(DiplographServer.DATASET + "/ingest", DiplographServer.DATASET + "/data");

    private final long queryMax;
    private final long uploadMax;

    BodyLimit(long queryMax, long uploadMax) {
        if (queryMax <= 0 || uploadMax <= 0) throw new IllegalArgumentException("body limits must be positive");
        this.queryMax = queryMax;
        this.uploadMax = uploadMax;
    }

    /** Puts the ceilings in front of everything {@code server} handles. */
    static void install(Server server, long queryMax, long uploadMax) {
        BodyLimit limit = new BodyLimit(queryMax, uploadMax);
        limit.setHandler(server.getHandler());
        server.setHandler(limit);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long max = UPLOAD_PATHS.contains(Request.getPathInContext(request)) ? uploadMax : queryMax;
        long length = request.getLength();
        if (length > max) {
            Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413,
                    "Request body too large: " + length + " bytes, at most " + max);
            return true;
        }
        return super.handle(new Counted(request, max), response, callback);
    }

    /** True when {@code failure}, or one of its causes, is the failure of a body that passed its ceiling. */
    static boolean tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpException h && h.getCode() == HttpStatus.PAYLOAD_TOO_LARGE_413) return true;
        }
        return false;
    }

    /** The request with its body counted as it is read; the read past {@code max} fails the request. */
    private static final class Counted extends Request.Wrapper {
        private final long max;
        private long read;

        Counted(Request wrapped, long max) {
            super(wrapped);
            this.max = max;
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = super.read();
            if (chunk == null || chunk.getFailure() != null) return chunk;
            ByteBuffer content = chunk.getByteBuffer();
            if (content != null) read += content.remaining();
            if (read > max) {
                chunk.release();
                BadMessageException tooLarge = new BadMessageException(HttpStatus.PAYLOAD_TOO_LARGE_413,
                        "Request body too large: more than " + max + " bytes");
                setAttribute(STOPPED, max);
                getWrapped().fail(tooLarge);
                return Content.Chunk.from(tooLarge, true);
            }
            return chunk;
        }
    }
}
