package org.diplograph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers only requests addressed to this server by one of its own names: the defence against DNS
 * rebinding, where a web page re-points its own host name at 127.0.0.1 and then reads the local
 * server as if it were its own site (issue 15). Such a request carries the page's host name in its
 * {@code Host} header, which no page can change; it is refused with 403.
 *
 * <p>A request is accepted, whatever its path or method, when its {@code Host} header names the port
 * the request arrived on and either the address it arrived on (as an IP literal) or, for an arrival
 * on a loopback address, {@code localhost}, {@code 127.0.0.1} or {@code [::1]}; or when it matches a
 * name given with {@code --allowed-host} (any port unless the name gives one), for a server behind
 * a proxy or known by a name of its own. The raw header is read, never {@code X-Forwarded-*}
 * headers, and no name is looked up in DNS. A request without {@code Host} (HTTP/1.0; no browser
 * sends one) is checked against the address it arrived on. Requests that Jetty authenticates first
 * (the write endpoints) meet this check once their password is right.
 */
final class HostGuard implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(HostGuard.class);
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", HostPattern.normal("::1"));

    private final List<HostPattern> allowed;

    /** {@code allowed}: the names given with {@code --allowed-host}, besides the server's own. */
    HostGuard(List<HostPattern> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String header = req.getHeader("Host");
        boolean own;
        try {
            HostPattern host = header == null ? new HostPattern(HostPattern.normal(req.getLocalAddr()), req.getLocalPort())
                    : HostPattern.parse(header);
            own = isOwn(req, host.host(), host.port() == HostPattern.ANY_PORT ? defaultPort(req) : host.port());
        } catch (IllegalArgumentException e) {
            own = false;
        }
        if (!own) {
            LOG.warn("Refused {} {} for Host \"{}\": not a name of this server (--allowed-host adds one)",
                    req.getMethod(), req.getRequestURI(), header);
            refuse((HttpServletResponse) response, "this server does not answer to that host name;"
                    + " its operator can add a name with --allowed-host");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether {@code host} on {@code port}, as a {@code Host} or {@code Origin} header names them,
     * is this server as reached by {@code req}.
     */
    boolean isOwn(HttpServletRequest req, String host, int port) {
        if (allowed.stream().anyMatch(p -> p.matches(host, port))) return true;
        if (port != req.getLocalPort()) return false;
        String name = HostPattern.normal(host);
        return name.equals(HostPattern.normal(req.getLocalAddr())) || loopback(req.getLocalAddr()) && LOOPBACK_NAMES.contains(name);
    }

    /** Answers 403 with {@code why} as a line of plain text. */
    static void refuse(HttpServletResponse res, String why) throws IOException {
        byte[] body = ("403 Forbidden: " + why + "\n").getBytes(StandardCharsets.UTF_8);
        res.setStatus(HttpServletResponse.SC_FORBIDDEN);
        res.setContentType("text/plain;charset=utf-8");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    private static int defaultPort(HttpServletRequest req) {
        return "https".equalsIgnoreCase(req.getScheme()) ? 443 : 80;
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(HostPattern.normal(address)).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
