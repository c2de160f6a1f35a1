package org.diplograph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses, with 403, every request that may write when a browser says it comes from a page of
 * another origin: the defence against cross-site request forgery (issue 15). A web page can make
 * the browser post a form ({@code update=...}) or {@code text/plain} to the server without asking
 * it first, and the browser adds the password it stored when the editor used the console; so the
 * password alone does not show that the editor meant the request.
 *
 * <p>Browsers send {@code Origin} with every {@code POST}, {@code PUT}, {@code DELETE} and
 * {@code PATCH}, and no page can forge it. A request passes when it has no {@code Origin} (curl,
 * scripts, {@code ingest --endpoint}: no browser, no stored password), when its method only reads
 * ({@code GET}, {@code HEAD}, {@code OPTIONS}), when it is a {@code POST} to one of the query
 * endpoints (a long query is posted; it reads only), or when its origin is the server itself: an
 * {@code http} or {@code https} origin whose host and port the {@link HostGuard} accepts as the
 * server's own, as the console's pages are. Anything else with an {@code Origin}, including
 * {@code Origin: null} and origins listed for CORS, is refused before it reaches Fuseki.
 */
final class OriginGuard implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(OriginGuard.class);
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final HostGuard hosts;
    private final Set<String> queryPaths;

    /** {@code queryPaths}: the resolved paths of the endpoints where a POST only queries. */
    OriginGuard(HostGuard hosts, Set<String> queryPaths) {
        this.hosts = hosts;
        this.queryPaths = Set.copyOf(queryPaths);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String origin = req.getHeader("Origin");
        String method = req.getMethod();
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        boolean reads = READ_METHODS.contains(method) || "POST".equals(method) && queryPaths.contains(path);
        if (origin == null || reads || isOwn(req, origin)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warn("Refused {} {} from Origin {}: a write from another site", method, path, origin);
        HostGuard.refuse((HttpServletResponse) response, "a page of another origin may not write to this server");
    }

    private boolean isOwn(HttpServletRequest req, String origin) {
        try {
            URI u = new URI(origin.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) return false;
            int port = u.getPort() >= 0 ? u.getPort() : scheme.equals("https") ? 443 : 80;
            return hosts.isOwn(req, u.getHost(), port);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
