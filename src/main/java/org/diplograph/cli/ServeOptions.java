package org.diplograph.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.DiplographException;
import org.diplograph.server.DiplographServer;
import org.diplograph.store.Store;
import org.diplograph.pipeline.Watcher;
import picocli.CommandLine.Option;

/** The options of the commands that serve the dataset, and serving itself until Ctrl-C. */
final class ServeOptions {
    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = DiplographServer.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Any other than loopback exposes the"
                    + " dataset to the network, with a warning.")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop any query that runs longer (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "100000",
            description = "Most results a query over HTTP returns (default: ${DEFAULT-VALUE}); a capped answer carries"
                    + " the header Diplograph-Row-Limit.")
    long maxRows;

    @Option(names = "--max-query-bytes", paramLabel = "BYTES", defaultValue = "" + DiplographServer.DEFAULT_MAX_QUERY_BYTES,
            description = "Largest query or update body (default: ${DEFAULT-VALUE}); larger is refused with 413 before it"
                    + " is read.")
    long maxQueryBytes;

    @Option(names = "--max-upload-bytes", paramLabel = "BYTES", defaultValue = "" + DiplographServer.DEFAULT_MAX_UPLOAD_BYTES,
            description = "Largest file sent to /diplo/ingest or /diplo/data (default: ${DEFAULT-VALUE}); larger is refused"
                    + " with 413 before it is written.")
    long maxUploadBytes;

    @Option(names = "--max-concurrent-queries", paramLabel = "N",
            defaultValue = "" + DiplographServer.DEFAULT_MAX_CONCURRENT_QUERIES,
            description = "Requests to the dataset run at once (default: ${DEFAULT-VALUE}); up to "
                    + DiplographServer.DEFAULT_MAX_QUEUED_QUERIES + " more wait, each at most --timeout, then get 503 with"
                    + " Retry-After. Ping and the console never wait.")
    int maxConcurrentQueries;

    @Option(names = "--allow-update",
            description = "Enable SPARQL Update at /diplo/update and graph store writes at /diplo/data, for the users"
                    + " of --password-file only (HTTP basic authentication).")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users allowed to write, one 'user: password' a line (Jetty's format), read at start: an empty"
                    + " password or a malformed line stops the server; with --allow-update.")
    Path passwordFile;

    @Option(names = "--service-host", paramLabel = "HOST[:PORT]",
            description = "Let SPARQL SERVICE reach endpoints on HOST (any port unless one is given); repeatable."
                    + " Without it SERVICE is refused. Queries are anonymous: name only hosts anyone may reach.")
    List<String> serviceHosts = new ArrayList<>();

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Let web pages of ORIGIN (scheme://host[:port]) query the server from a browser (CORS,"
                    + " without credentials; they cannot write); repeatable. Without it no CORS header is sent.")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--allowed-host", paramLabel = "NAME[:PORT]",
            description = "Also answer requests whose Host header is NAME (any port unless one is given), e.g. behind a"
                    + " proxy; repeatable. Without it only the listening address (and localhost on loopback) is answered.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--watch", paramLabel = "DIR",
            description = "Also read the article files that appear or change in DIR, once they stop growing, while serving.")
    Path watch;

    /**
     * Fails with one line when the port is taken, before a long load makes the user wait for the
     * news; the server's own bind reports the same if another program takes the port meanwhile.
     */
    void checkPortIsFree() {
        if (port == 0) return;
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(InetAddress.getByName(host), port));
        } catch (java.io.IOException e) {
            throw new DiplographException(DiplographServer.portTaken(host, port));
        }
    }

    /**
     * Starts the server (and the watch), prints where it answers, runs {@code whileServing} (what is
     * worth saying about the dataset but need not hold back the first answer), and returns when the
     * server stops (Ctrl-C).
     */
    void serve(Store store, PrintWriter out, PrintWriter err, Runnable whileServing) {
        Watcher.Builder watching = watch == null ? null : Watcher.create().store(store).folder(watch);
        DiplographServer server = start(store, err);
        out.println("Console: " + server.consoleUrl());
        out.println("SPARQL:  " + server.queryUrl());
        if (allowUpdate) out.println("Update:  " + server.updateUrl() + " (HTTP basic authentication)");
        if (watching != null) out.println("Watching " + watch + " for new articles.");
        out.println("Serving until Ctrl-C.");
        out.flush();
        this.server = server;
        try (Watcher w = watching == null ? null : watching.build().start()) {
            notes(whileServing, err);
            server.join();
        }
    }

    /** The server {@link #serve} started, once it has; for a test to stop it. */
    volatile DiplographServer server;

    /**
     * Runs what is said about the dataset once the server answers. Those are queries on the served
     * dataset, bounded by the server's query timeout: on a large dataset or a busy machine one may
     * time out or fail, which costs the line it would print and never the server.
     */
    static void notes(Runnable whileServing, PrintWriter err) {
        try {
            whileServing.run();
        } catch (RuntimeException e) {
            err.println("diplograph: warning: could not count the dataset while starting (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); serving anyway");
            err.flush();
        }
    }

    /** Builds and starts the server the options describe; warns on {@code err} when it is not on loopback. */
    DiplographServer start(Store store, PrintWriter err) {
        if (allowUpdate != (passwordFile != null)) {
            throw new DiplographException("--allow-update and --password-file go together: updates need a password");
        }
        if (timeoutSeconds <= 0) throw new DiplographException("--timeout must be a positive number of seconds");
        if (maxRows <= 0) throw new DiplographException("--max-rows must be positive");
        if (maxQueryBytes <= 0 || maxUploadBytes <= 0) throw new DiplographException("--max-query-bytes and --max-upload-bytes must be positive");
        if (maxConcurrentQueries <= 0) throw new DiplographException("--max-concurrent-queries must be positive");
        if (!loopback(host)) {
            err.println("diplograph: warning: listening on " + host + ", not loopback: anyone who can reach this"
                    + " machine can query the dataset");
            err.flush();
        }
        DiplographServer.Builder b = DiplographServer.create().store(store).port(port).host(host).maxRows(maxRows)
                .queryTimeout(Duration.ofSeconds(timeoutSeconds));
        b.maxQueryBytes(maxQueryBytes).maxUploadBytes(maxUploadBytes).maxConcurrentQueries(maxConcurrentQueries);
        if (allowUpdate) b.updates(passwordFile);
        webOptions(b);
        return b.build().start();
    }

    /** Passes --service-host, --cors-origin and --allowed-host on; a malformed value stops the start, naming its option. */
    private void webOptions(DiplographServer.Builder b) {
        for (String h : serviceHosts) given("--service-host", () -> b.serviceHost(h));
        for (String o : corsOrigins) given("--cors-origin", () -> b.corsOrigin(o));
        for (String h : allowedHosts) given("--allowed-host", () -> b.allowedHost(h));
    }

    private static void given(String option, Runnable set) {
        try {
            set.run();
        } catch (IllegalArgumentException e) {
            throw new DiplographException(option + ": " + e.getMessage(), e);
        }
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new DiplographException("unknown host address " + host, e);
        }
    }
}
