package org.diplograph.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps SPARQL {@code SERVICE} from turning the server into a proxy that anyone who can send it a
 * query may point at any URL (issue 15: an anonymous query read other local ports and returned what
 * they answered, and told open ports from closed ones).
 *
 * <p>{@link #install} sets, on the served dataset's context only: Jena's own switch
 * {@code arq:httpServiceAllowed}, off unless hosts are allowed; a service registry of its own that
 * holds Jena's HTTP executor behind this check, and nothing else, so no other executor registered in
 * the JVM answers; and an HTTP client that follows no redirect, so an allowed host cannot send the
 * server on to one that is not. The check runs for each call, after variables are bound: the
 * endpoint must be an {@code http} or {@code https} URL whose host (and port, when the pattern
 * names one) is one of the allowed ones; anything else is refused before a connection is made
 * (Fuseki answers 422), so nothing is learnt about the target. A call to an allowed host that fails
 * is answered 502 with the endpoint only: the remote answer and the exception go to the log, never
 * to the client.
 */
final class ServiceGuard implements ChainingServiceExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceGuard.class);
    /** How long a connection to an allowed endpoint may take to open; the query timeout bounds the rest. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final List<HostPattern> allowed;

    private ServiceGuard(List<HostPattern> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** Puts the check on {@code context} (a dataset's): SERVICE reaches the {@code allowed} hosts only, none when empty. */
    static void install(Context context, List<HostPattern> allowed) {
        context.set(ARQ.httpServiceAllowed, !allowed.isEmpty());
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry()
                .add(ServiceExecutorRegistry.httpService)
                .addSingleLink(new ServiceGuard(allowed));
        ServiceExecutorRegistry.set(context, registry);
        context.set(ARQ.httpQueryClient, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(CONNECT_TIMEOUT).build());
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        Node service = opExecute.getService();
        String target = service.isURI() ? service.getURI() : service.toString();
        if (!allowed(target)) {
            LOG.warn("Refused SERVICE <{}>: not a host allowed with --service-host", target);
            throw new QueryDeniedException(allowed.isEmpty()
                    ? "SERVICE is disabled on this server (serve --service-host HOST allows a remote endpoint)"
                    : "SERVICE <" + target + "> refused: its host is not one allowed with --service-host");
        }
        try {
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        } catch (QueryCancelledException | QueryDeniedException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("SERVICE <{}> failed", target, e);
            throw new QueryExceptionHTTP(502, "SERVICE <" + target + "> failed; the server's log has the details");
        }
    }

    private boolean allowed(String target) {
        if (allowed.isEmpty()) return false;
        try {
            URI u = new URI(target);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null || u.getRawUserInfo() != null) {
                return false;
            }
            int port = u.getPort() >= 0 ? u.getPort() : scheme.equals("https") ? 443 : 80;
            return allowed.stream().anyMatch(p -> p.matches(u.getHost(), port));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
