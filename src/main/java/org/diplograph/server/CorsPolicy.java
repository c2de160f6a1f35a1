package org.diplograph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * CORS for the origins named with {@code --cors-origin} only, and for reading only: Fuseki's own
 * CORS filter, set up with that list instead of its default (any origin, any method, credentials
 * allowed, which let any web page the user opened use the server: issue 15).
 *
 * <p>A listed origin may query from its pages ({@code GET}, {@code POST}, {@code HEAD}), sending no
 * credentials: the answer never carries {@code Access-Control-Allow-Credentials}, so a browser will
 * not send the editor's stored password along, and writes from another origin are refused anyway
 * ({@link OriginGuard}). An origin not listed gets no CORS header at all; with no list, the server
 * adds no filter and no CORS header ({@link DiplographServer.Builder#corsOrigin}).
 */
final class CorsPolicy implements Filter {
    private final CrossOriginFilter cors = new CrossOriginFilter();
    private final Map<String, String> parameters;

    CorsPolicy(List<String> origins) {
        if (origins.isEmpty()) throw new IllegalArgumentException("no origin to allow");
        parameters = Map.of(
                CrossOriginFilter.ALLOWED_ORIGINS_PARAM, String.join(",", origins),
                CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
                CrossOriginFilter.ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin",
                CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
                CrossOriginFilter.EXPOSED_HEADERS_PARAM, "Content-Type,Content-Length," + RowCap.HEADER,
                CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");
    }

    /**
     * An origin as a browser sends it, {@code scheme://host[:port]} in lower case, from what an operator
     * typed.
     *
     * @throws IllegalArgumentException for anything else: a wildcard, a path, {@code null}, another scheme
     */
    static String origin(String text) {
        String t = text == null ? "" : text.strip();
        try {
            URI u = new URI(t);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = (u.getRawPath() == null || u.getRawPath().isEmpty()) && u.getRawQuery() == null
                    && u.getRawFragment() == null && u.getRawUserInfo() == null;
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null || !bare || t.contains("*")) {
                throw new IllegalArgumentException("not an origin (scheme://host[:port], no path, no wildcard): \"" + text + "\"");
            }
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (u.getPort() < 0 ? "" : ":" + u.getPort());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an origin (scheme://host[:port]): \"" + text + "\"", e);
        }
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        cors.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return config.getFilterName();
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return parameters.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(parameters.keySet());
            }
        });
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        cors.doFilter(request, response, chain);
    }

    @Override
    public void destroy() {
        cors.destroy();
    }
}
