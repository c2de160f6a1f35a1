package org.diplograph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Error answers say what went wrong in one line, and nothing of the server's inside: no fetched
 * content, no absolute path, no exception chain. The log keeps all of it (Fuseki logs each error
 * with its request number).
 *
 * <p>Fuseki writes an error as a plain-text body after setting the status (its
 * {@code ServletOps.responseSendError}), with messages taken from exceptions: a failed remote call's
 * message holds the remote body, a file error holds its path, a parser's error holds the words it
 * read (issue 15). This filter holds back the body of any answer whose status is 400 or more when
 * it is written, and sends instead its first line, with {@code file:} URLs and absolute paths under
 * the server's folders or the usual system roots replaced by {@code …}, Java exception class names
 * removed, and at most {@value #MAX_CHARS} characters. Successful answers, streamed results among
 * them, pass untouched; an error that Jetty itself renders ({@code sendError}) does not carry an
 * exception's text. A request whose body {@link BodyLimit} stopped while it streamed is answered 413,
 * whatever error the endpoint made of its cut input.
 */
final class ErrorBodies implements Filter {
    /** Enough for a parse error's position and reason. */
    static final int MAX_CHARS = 300;
    private static final Pattern FILE_URL = Pattern.compile("(?i)\\bfile:[^\\s\"'<>]*");
    private static final Pattern SYSTEM_PATH = Pattern.compile(
            "(?<![\\w.:/-])/(?:home|root|tmp|var|etc|usr|opt|srv|mnt|media|proc|sys|dev|run|private|Users|Volumes|work|data)"
                    + "(?:/[^\\s\"'<>:;,)]*)?");
    private static final Pattern WINDOWS_PATH = Pattern.compile("\\b[A-Za-z]:\\\\[^\\s\"'<>]*");
    private static final Pattern EXCEPTION_NAME = Pattern.compile(
            "\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b:?\\s*");

    private final List<String> folders;

    /** {@code folders}: the places whose absolute paths never leave the server (the store's, the working directory). */
    ErrorBodies(List<Path> folders) {
        this.folders = folders.stream().filter(Objects::nonNull).map(p -> p.toAbsolutePath().normalize().toString())
                .filter(s -> s.length() > 1).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Held held = new Held((HttpServletResponse) response);
        try {
            chain.doFilter(request, held);
        } finally {
            if (request.getAttribute(BodyLimit.STOPPED) instanceof Long max) {
                held.tooLarge(max);
            } else {
                held.release();
            }
        }
    }

    /** The one line sent for an error body {@code text}. */
    String clean(String text) {
        String line = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        for (String folder : folders) line = line.replace(folder, "…");
        line = FILE_URL.matcher(line).replaceAll("file:…");
        line = SYSTEM_PATH.matcher(line).replaceAll("…");
        line = WINDOWS_PATH.matcher(line).replaceAll("…");
        line = EXCEPTION_NAME.matcher(line).replaceAll("");
        if (line.length() > MAX_CHARS) line = line.substring(0, MAX_CHARS) + "…";
        return line;
    }

    /** A response that keeps an error body back until the request is done, then sends it cleaned. */
    private final class Held extends HttpServletResponseWrapper {
        private ByteArrayOutputStream body;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Held(HttpServletResponse response) {
            super(response);
        }

        private boolean holding() {
            if (body == null && getStatus() >= 400 && !isCommitted()) body = new ByteArrayOutputStream();
            return body != null;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!holding()) return super.getOutputStream();
            if (stream == null) stream = new HeldBody(body);
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!holding()) return super.getWriter();
            if (writer == null) writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8), true);
            return writer;
        }

        @Override
        public void setContentLength(int length) {
            if (getStatus() < 400) super.setContentLength(length);
        }

        @Override
        public void setContentLengthLong(long length) {
            if (getStatus() < 400) super.setContentLengthLong(length);
        }

        @Override
        public void flushBuffer() throws IOException {
            if (body == null) super.flushBuffer();
        }

        /**
         * The answer to a body {@link BodyLimit} stopped: 413, whatever the handler made of its cut
         * input (unless the answer has already started, which an error answer has not).
         */
        void tooLarge(long max) throws IOException {
            HttpServletResponse res = (HttpServletResponse) getResponse();
            if (res.isCommitted()) return;
            res.reset();
            byte[] bytes = ("Request body too large: more than " + max + " bytes\n").getBytes(StandardCharsets.UTF_8);
            res.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            res.setContentType("text/plain;charset=utf-8");
            res.setContentLength(bytes.length);
            res.getOutputStream().write(bytes);
        }

        void release() throws IOException {
            if (body == null) return;
            if (writer != null) writer.flush();
            String text = clean(body.toString(StandardCharsets.UTF_8));
            HttpServletResponse res = (HttpServletResponse) getResponse();
            if (res.isCommitted()) return;
            res.resetBuffer();
            if (text.isEmpty()) {
                res.setContentLength(0);
                return;
            }
            byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
            res.setContentType("text/plain;charset=utf-8");
            res.setContentLength(bytes.length);
            res.getOutputStream().write(bytes);
        }
    }
}
