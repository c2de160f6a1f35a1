package org.diplograph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.diplograph.Version;
import org.diplograph.query.CannedQuery;
import org.diplograph.query.Catalogue;
import org.diplograph.query.ParamSpec;
import org.diplograph.query.Params;

/**
 * Sets Fuseki's web console up for this graph. The console (jena-fuseki-ui) is a built bundle whose
 * prefixes and example queries are fixed inside it, so rather than patch the bundle this filter adds
 * one same-origin script to the page the console starts from, {@code /} ({@code /index.html}), and
 * serves that script ({@value #SCRIPT}) and what it reads ({@value #SETUP}): the Diplograph version,
 * whether the server takes writes, the prefixes of the canned queries and each canned query as an
 * example, its defaults substituted as typed terms ({@link Params#defaults}) and serialised.
 *
 * <p>The script (resource {@code console.js} beside this class) adds the prefixes to the query
 * page's own prefix buttons, a menu of the examples beside its own, the version in the top bar, and
 * on a read-only server hides the buttons and pages that write ("add data", "edit", new dataset,
 * remove, backup, compact), whose requests would be refused anyway.
 *
 * <p>It runs behind the guards (Host, Origin), so it answers only the server's own names; it adds
 * no external host, and the page keeps loading only same-origin scripts. The page is sent with
 * {@code Cache-Control: no-cache} and asked for without conditions or compression, so what the
 * browser holds is always the page with the script.
 */
final class ConsoleSetup implements Filter {
    /** The script the console page loads. */
    static final String SCRIPT = "/diplograph/console.js";
    /** The setup the script reads, JSON. */
    static final String SETUP = "/diplograph/console.json";
    private static final Set<String> PAGES = Set.of("/", "/index.html");
    private static final Set<String> UNCONDITIONAL = Set.of("if-none-match", "if-modified-since", "if-match",
            "if-unmodified-since", "if-range", "range", "accept-encoding");
    private static final String TAG = "<script src=\"" + SCRIPT + "\" defer></script>";

    private final byte[] script;
    private final byte[] setup;

    /** {@code readOnly}: whether the server has no write endpoint, which hides the console's write buttons. */
    ConsoleSetup(Catalogue catalogue, boolean readOnly) {
        this.script = resource("console.js");
        this.setup = setup(catalogue, readOnly).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What {@value #SETUP} answers. */
    static JsonObject setup(Catalogue catalogue, boolean readOnly) {
        JsonObject out = new JsonObject();
        out.put("version", Version.get());
        out.put("readOnly", readOnly);
        out.put("dataset", DiplographServer.DATASET);
        JsonArray prefixes = new JsonArray();
        new java.util.TreeMap<>(catalogue.prefixes().getNsPrefixMap()).forEach((name, iri) -> {   // by name, as buttons
            JsonObject p = new JsonObject();
            p.put("text", name);
            p.put("uri", iri);
            prefixes.add(p);
        });
        out.put("prefixes", prefixes);
        JsonArray examples = new JsonArray();
        for (CannedQuery q : catalogue.list()) {
            JsonObject e = new JsonObject();
            e.put("name", q.name());
            e.put("summary", q.summary());
            e.put("query", example(q));
            examples.add(e);
        }
        out.put("examples", examples);
        return out;
    }

    /**
     * The text of {@code q} with its defaults in place, headed by its summary and, for each required
     * parameter, a line saying which variable to give a value; for each optional one (the date
     * range {@code from} / {@code to}), a line saying it may be bound.
     */
    static String example(CannedQuery q) {
        Query filled = Params.defaults(q).applyTo(q.query());
        PrefixMapping declared = filled.getPrefixMapping();
        if (declared.getNsPrefixURI("id") == null) declared.setNsPrefix("id", q.prefixes().getNsPrefixURI("id"));
        StringBuilder text = new StringBuilder("# ").append(q.name()).append(": ").append(q.summary()).append('\n');
        for (ParamSpec p : q.params()) {
            if (p.required()) {
                text.append("# ?").append(p.name()).append(" is left open: bind it to ").append(p.type().expected()).append('\n');
            } else if (p.optional()) {
                text.append("# ?").append(p.name()).append(" is optional: bind it to ").append(p.type().expected())
                        .append(", or leave it open\n");
            }
        }
        return text.append(filled.serialize()).toString();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String path = req.getRequestURI();
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (read && SCRIPT.equals(path)) {
            send(res, "text/javascript", script, "HEAD".equals(req.getMethod()));
        } else if (read && SETUP.equals(path)) {
            send(res, "application/json", setup, "HEAD".equals(req.getMethod()));
        } else if (read && PAGES.contains(path)) {
            Capture page = new Capture(res);
            chain.doFilter(new Unconditional(req), page);
            if (res.isCommitted()) return;   // an error page, already sent
            byte[] body = page.body();
            if (page.status() == HttpServletResponse.SC_OK && String.valueOf(res.getContentType()).startsWith("text/html")) {
                body = inject(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            res.setHeader("Cache-Control", "no-cache");
            res.setHeader("ETag", null);
            res.setHeader("Last-Modified", null);
            res.setContentLength(body.length);
            if (!"HEAD".equals(req.getMethod())) res.getOutputStream().write(body);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** {@code html} with the script tag before {@code </head>} (at the end when it has none). */
    static String inject(String html) {
        int head = html.toLowerCase(Locale.ROOT).indexOf("</head>");
        return head < 0 ? html + TAG : html.substring(0, head) + TAG + "\n  " + html.substring(head);
    }

    private static void send(HttpServletResponse res, String type, byte[] body, boolean head) throws IOException {
        res.setStatus(HttpServletResponse.SC_OK);
        res.setContentType(type + ";charset=utf-8");
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setContentLength(body.length);
        if (!head) res.getOutputStream().write(body);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ConsoleSetup.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " beside " + ConsoleSetup.class.getName());
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request without the headers that would let the page come back as 304, partial or compressed. */
    private static final class Unconditional extends HttpServletRequestWrapper {
        Unconditional(HttpServletRequest req) {
            super(req);
        }

        private static boolean hidden(String name) {
            return UNCONDITIONAL.contains(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public long getDateHeader(String name) {
            return hidden(name) ? -1 : super.getDateHeader(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream().filter(n -> !hidden(n)).toList());
        }
    }

    /** Holds the page's body instead of sending it; status and headers go through. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private int status = SC_OK;
        private final ServletOutputStream stream = new HeldBody(bytes);

        Capture(HttpServletResponse res) {
            super(res);
        }

        byte[] body() {
            if (writer != null) writer.flush();
            return bytes.toByteArray();
        }

        int status() {
            return status;
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            super.sendError(sc);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            // set on the real response once the page is complete
        }

        @Override
        public void setContentLengthLong(long len) {
            // as above
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"content-length".equalsIgnoreCase(name)) super.setHeader(name, value);
        }

        @Override
        public void flushBuffer() {
            // nothing is sent before the page is complete
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void resetBuffer() {
            bytes.reset();
        }

        @Override
        public void reset() {
            bytes.reset();
            super.reset();
        }
    }
}
