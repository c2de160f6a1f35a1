package org.diplograph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Fuseki's admin area ({@code /$/...}) read-only.
 *
 * <p>The admin module answers state-changing calls (add or delete a dataset, backup, compact, sleep,
 * reload) to anyone who can reach the port, without credentials. The console only needs to read
 * ({@code /$/ping}, {@code /$/server}, {@code /$/datasets}, {@code /$/stats}, {@code /$/tasks}), so
 * every request under {@code /$/} that is not GET, HEAD or OPTIONS is refused with 403, and the
 * operations that act on the server whatever the method (backup, compact, sleep, reload) are refused
 * outright. The path is the one the servlet container resolved (decoded and normalised), the same
 * one that selects the admin servlet, so an encoded path cannot slip past.
 */
final class AdminGuard implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(AdminGuard.class);
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<String> ALWAYS_REFUSED = List.of("/$/backup", "/$/compact", "/$/sleep", "/$/reload");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (refused(req.getMethod(), path)) {
            LOG.warn("Refused {} {}: the admin area is read-only", req.getMethod(), path);
            HostGuard.refuse((HttpServletResponse) response,
                    "this server is read-only; admin operations that change it are disabled.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a request with this method and resolved path must be refused. */
    static boolean refused(String method, String path) {
        if (!path.startsWith("/$/")) return false;
        if (ALWAYS_REFUSED.stream().anyMatch(path::startsWith)) return true;
        return !READ_METHODS.contains(method);
    }
}
