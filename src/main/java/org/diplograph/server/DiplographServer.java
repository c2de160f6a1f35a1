package org.diplograph.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.DiplographException;
import org.diplograph.query.Catalogue;
import org.diplograph.store.ServerRecord;
import org.diplograph.store.Store;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dataset of a {@link Store} served by embedded Fuseki, with its web console; read-only unless
 * updates are enabled with a password file.
 *
 * <pre>
 *   DiplographServer s = DiplographServer.create().store(store).port(3030).build().start();
 *   s.consoleUrl();   // http://127.0.0.1:3030/
 *   s.queryUrl();     // http://127.0.0.1:3030/diplo/query
 * </pre>
 *
 * <p>What it serves, at {@value #DATASET}: SPARQL query at {@code /diplo/query}, {@code /diplo/sparql}
 * and {@code /diplo} itself; the read-only Graph Store Protocol at {@code /diplo/get}; the console at
 * {@code /} with the admin module's read calls under {@code /$/}. Every admin call that would change
 * the server is refused to everyone ({@link AdminGuard}). The default graph is the union of the named
 * graphs (set by the store).
 *
 * <p>Writes: by default there is no update, upload or read-write graph store endpoint at all. With
 * {@link Builder#updates(Path)} three more endpoints appear, SPARQL Update at {@code /diplo/update},
 * the read-write Graph Store Protocol at {@code /diplo/data} and article files at {@code /diplo/ingest}
 * ({@link IngestOverHttp}), and {@code /diplo/snapshot} writes a snapshot for read replicas
 * ({@link SnapshotOverHttp}); all demand HTTP basic authentication by a user of the password file
 * (Jetty's format, one {@code user: password} a line, checked at start by {@link PasswordFile});
 * failed logins are logged and answered later the more a user name fails
 * ({@link ThrottledBasicAuthenticator}). Fuseki runs each update request in one write
 * transaction, and an ingested article is written in one, so readers see them whole or not at all.
 *
 * <p>A store opened read-only ({@link Store#openReadOnly}, a replica's snapshot) is served with none
 * of those: asking for updates over it is refused when the server is built.
 *
 * <p>Safety: it listens on 127.0.0.1 unless another address is given ({@link Builder#host}); a
 * non-loopback address is logged as a warning. Queries are stopped after the query timeout (default
 * 60 s), set as {@code ARQ.queryTimeout} on the dataset's context, so queries run in this process on
 * the same store are bounded the same way; a client may ask for less with the {@code timeout}
 * parameter, not for more; the time counts from the request's arrival and includes parsing
 * ({@link BudgetedQuery}). Queries over HTTP return at most {@link Builder#maxRows} results
 * ({@link RowCap}). Request bodies are capped, 1 MB for a query or update and 64 MB for an upload
 * ({@link BodyLimit}), and at most 8 requests to the dataset run at once, the others waiting their
 * turn for at most the timeout, then answered 503 ({@link Admission}); ping and the console never wait.
 *
 * <p>Other web pages and hosts: the analyst's browser runs pages of any site on the same machine,
 * so the server trusts nothing a page can make the browser send. Each guard is a small class of
 * its own. {@link HostGuard}: every request must name the server in its {@code Host} header (its
 * address and port; {@code localhost}, {@code 127.0.0.1} or {@code [::1]} on loopback; names given
 * with {@link Builder#allowedHost}), else 403, which stops DNS rebinding. {@link OriginGuard}:
 * a request that may write and carries an {@code Origin} other than the server's own is refused
 * with 403, even with the right password (cross-site request forgery); requests without
 * {@code Origin} (curl, scripts) and the console's own pages pass. CORS: off, no CORS header at
 * all, unless origins are listed with {@link Builder#corsOrigin} ({@link CorsPolicy}: queries only,
 * never with credentials). {@link ServiceGuard}: SPARQL {@code SERVICE} is off (Jena's
 * {@code arq:httpServiceAllowed}) unless hosts are named with {@link Builder#serviceHost}, and then
 * reaches those only, with no redirects. {@link NoLoad}: {@code LOAD} is refused over HTTP, for
 * every URL. {@link ErrorBodies}: an error answer is one line, without fetched content, absolute
 * paths or exception chains; the log keeps them. Request log: every request is logged by Fuseki
 * (logger {@code org.apache.jena.fuseki.Fuseki}: number, method, URL, query, status, time), and
 * each refusal by its guard, at WARN.
 *
 * <p>The console is set up for this graph by {@link ConsoleSetup}: Diplograph's prefixes, the canned
 * queries as examples, the version, and no write buttons on a read-only server.
 *
 * <p>Fuseki's admin module keeps a working area (configuration, backups, logs); it is placed in the
 * store's folder ({@code fuseki/}), never in the working directory. While running, the server
 * leaves a {@link ServerRecord} in the store's folder; {@link #stop()}, also run by a shutdown hook
 * on Ctrl-C, stops the server and removes the record.
 */
public final class DiplographServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiplographServer.class);

    /** The dataset's path on the server. */
    public static final String DATASET = "/diplo";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(60);
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Enough for any analyst's table, far below what would exhaust the server. */
    public static final long DEFAULT_MAX_ROWS = 100_000;
    /** Far above any query a person or the catalogue writes, far below one that pins the parser. */
    public static final long DEFAULT_MAX_QUERY_BYTES = 1024 * 1024;
    /** Above any article file; an upload is held on disk while it is read. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L * 1024 * 1024;
    /**
     * Four per core of the 2-core laptop it is made for: canned queries wait on the disk and the store's
     * locks as well as the cores, and with 4 the load test answered 40% fewer of them than with no
     * limit, with 8 as many; 50 cross products at once still leave ping and the timeout on time.
     */
    public static final int DEFAULT_MAX_CONCURRENT_QUERIES = 8;
    /** Requests beyond the running ones that wait for a turn; more are refused at once (503). */
    public static final int DEFAULT_MAX_QUEUED_QUERIES = 64;

    private final Store store;
    private final FusekiServer fuseki;
    private final String urlHost;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::stop, "diplograph-server-stop");

    private DiplographServer(Store store, FusekiServer fuseki, String urlHost) {
        this.store = store;
        this.fuseki = fuseki;
        this.urlHost = urlHost;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Options of a server; {@code store} is required. */
    public static final class Builder {
        private Store store;
        private int port = DEFAULT_PORT;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private String host = DEFAULT_HOST;
        private long maxRows = DEFAULT_MAX_ROWS;
        private Path passwordFile;
        private final List<HostPattern> serviceHosts = new ArrayList<>();
        private final List<String> corsOrigins = new ArrayList<>();
        private final List<HostPattern> allowedHosts = new ArrayList<>();
        private PasswordFile passwords;
        private LoginThrottle.Delays loginDelays = LoginThrottle.Delays.DEFAULT;
        private long maxQueryBytes = DEFAULT_MAX_QUERY_BYTES;
        private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
        private int maxConcurrentQueries = DEFAULT_MAX_CONCURRENT_QUERIES;
        private int maxQueuedQueries = DEFAULT_MAX_QUEUED_QUERIES;

        private Builder() {}

        /**
         * Lets SPARQL {@code SERVICE} reach endpoints on {@code host}, given as {@code HOST} (any port)
         * or {@code HOST:PORT}; may be called for several hosts. Without it SERVICE is refused
         * ({@link ServiceGuard}); with it, an endpoint on any other host is refused before a
         * connection is made, and a redirect is not followed. Say only hosts that whoever can query
         * the server may reach: a query is anonymous.
         *
         * @throws IllegalArgumentException when {@code host} is not {@code HOST} or {@code HOST:PORT}
         */
        public Builder serviceHost(String host) {
            serviceHosts.add(HostPattern.parse(host));
            return this;
        }

        /**
         * The largest body of a query or update request (default 1 MB); larger is refused with 413
         * before it is read ({@link BodyLimit}).
         */
        public Builder maxQueryBytes(long bytes) {
            if (bytes <= 0) throw new IllegalArgumentException("max query bytes must be positive");
            this.maxQueryBytes = bytes;
            return this;
        }

        /**
         * Lets web pages of {@code origin} ({@code scheme://host[:port]}, as a browser sends it) query
         * the server from a browser (CORS, without credentials); may be called for several origins.
         * Without it the server sends no CORS header at all. A listed origin still cannot write
         * ({@link OriginGuard}).
         *
         * @throws IllegalArgumentException for anything but {@code http(s)://host[:port]}: no
         *     wildcard, no path
         */
        public Builder corsOrigin(String origin) {
            corsOrigins.add(CorsPolicy.origin(origin));
            return this;
        }

        /**
         * The largest file sent to {@code /diplo/ingest} or the graph store {@code /diplo/data} (default
         * 64 MB); larger is refused with 413 before it is written ({@link BodyLimit}).
         */
        public Builder maxUploadBytes(long bytes) {
            if (bytes <= 0) throw new IllegalArgumentException("max upload bytes must be positive");
            this.maxUploadBytes = bytes;
            return this;
        }

        /**
         * Accepts requests whose {@code Host} header is {@code name} ({@code HOST}, any port, or
         * {@code HOST:PORT}), besides the server's own names; may be called for several names. For a
         * server behind a proxy, or reached by a DNS name; every other name is refused
         * ({@link HostGuard}), and pages of that name count as the server's own origin for writes.
         *
         * @throws IllegalArgumentException when {@code name} is not {@code HOST} or {@code HOST:PORT}
         */
        public Builder allowedHost(String name) {
            allowedHosts.add(HostPattern.parse(name));
            return this;
        }

        /**
         * How many requests to the dataset run at once (default 8) and how many more may wait for a
         * turn (default 64), each at most the query timeout; then 503 with {@code Retry-After}
         * ({@link Admission}).
         */
        public Builder maxConcurrentQueries(int running, int queued) {
            if (running <= 0) throw new IllegalArgumentException("max concurrent queries must be positive");
            if (queued < 0) throw new IllegalArgumentException("max queued queries cannot be negative");
            this.maxConcurrentQueries = running;
            this.maxQueuedQueries = queued;
            return this;
        }

        /** As {@link #maxConcurrentQueries(int, int)} with the default queue. */
        public Builder maxConcurrentQueries(int running) {
            return maxConcurrentQueries(running, maxQueuedQueries);
        }

        /**
         * The address to listen on (default 127.0.0.1). Anything but a loopback address exposes the
         * dataset to the network; {@link #build} logs a warning then.
         */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host);
            return this;
        }

        /** The most results a query over HTTP returns (default 100,000). */
        public Builder maxRows(long maxRows) {
            if (maxRows <= 0) throw new IllegalArgumentException("max rows must be positive");
            this.maxRows = maxRows;
            return this;
        }

        /**
         * Enables SPARQL Update ({@code /diplo/update}), graph store writes ({@code /diplo/data}) and
         * article files ({@code /diplo/ingest}) for the users of {@code passwordFile}, with HTTP basic
         * authentication. The file is read and checked now ({@link PasswordFile}): one that cannot be
         * read, holds no user, an empty password or a malformed line is refused, naming the file and
         * the line; one that the group or others may read is logged as a warning. Failed logins are
         * logged and answered late ({@link ThrottledBasicAuthenticator}).
         */
        public Builder updates(Path passwordFile) {
            if (!Files.isReadable(passwordFile)) {
                throw new DiplographException("Cannot read the password file " + passwordFile);
            }
            this.passwords = PasswordFile.read(passwordFile);
            passwords.exposure().ifPresent(LOG::warn);
            this.passwordFile = passwordFile;
            return this;
        }

        /** How late failed logins are answered (default {@link LoginThrottle.Delays#DEFAULT}); for tests. */
        Builder loginDelays(LoginThrottle.Delays delays) {
            this.loginDelays = Objects.requireNonNull(delays);
            return this;
        }

        public Builder store(Store store) {
            this.store = store;
            return this;
        }

        /** The port on 127.0.0.1 (default 3030); 0 picks a free one, see {@link #port()}. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
            this.port = port;
            return this;
        }

        /** How long a query may run before it is stopped (default 60 s). */
        public Builder queryTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
            this.queryTimeout = timeout;
            return this;
        }

        /** Builds the server, not yet listening. */
        public DiplographServer build() {
            Objects.requireNonNull(store, "store");
            if (store.readOnly() && passwordFile != null) {
                throw new DiplographException("A read-only dataset is served without updates: no --allow-update or --password-file");
            }
            DatasetGraph dsg = store.dataset();
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            DataService.Builder service = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query)
                    .addEndpoint(Operation.GSP_R, "get");
            if (passwordFile != null) {
                service.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                        .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER)
                        .addEndpoint(IngestOverHttp.OPERATION, "ingest", Auth.ANY_USER)
                        .addEndpoint(SnapshotOverHttp.OPERATION, "snapshot", Auth.ANY_USER);
            }
            boolean loopback = isLoopback(host);
            if (!loopback) LOG.warn("Listening on {}, not loopback: the dataset is reachable from the network", host);
            FusekiServer fuseki = withWorkArea(store.workArea(), () -> {
                FusekiServer.Builder b = FusekiServer.create()
                        .port(port)
                        .enableCors(false, null)
                        .registerOperation(Operation.Query, new RowCap(maxRows, 2 * maxConcurrentQueries))
                        .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()))
                        .addFilter("/$/*", new AdminGuard())
                        .add(DATASET, service.build());
                addWebGuards(b, dsg);
                // behind the guards: the console's page, script and set-up go to the server's own names only
                b.addFilter("/*", new ConsoleSetup(Catalogue.load(), passwordFile == null));
                if (passwordFile != null) {
                    LoginThrottle logins = new LoginThrottle(passwords.users().keySet(), loginDelays);
                    b.securityHandler(ThrottledBasicAuthenticator.securityHandler(passwords, logins)).auth(AuthScheme.BASIC)
                            .registerOperation(Operation.Update, new NoLoad(store))
                            .registerOperation(IngestOverHttp.OPERATION, new IngestOverHttp(store))
                            .registerOperation(SnapshotOverHttp.OPERATION, new SnapshotOverHttp(store));
                }
                return b.build();
            });
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) sc.setHost(host);
            }
            // runaway requests: a turn for each query (inner), bodies capped before anything reads them (outer)
            Admission.install(fuseki.getJettyServer(), maxConcurrentQueries, maxQueuedQueries, queryTimeout);
            BodyLimit.install(fuseki.getJettyServer(), maxQueryBytes, maxUploadBytes);
            return new DiplographServer(store, fuseki, urlHost(host));
        }

        /**
         * What keeps other web pages and remote hosts out, whatever else is added: SERVICE limited to
         * the allowed hosts (on the dataset's context), error bodies cleaned, the Host header checked,
         * cross-origin writes refused, and CORS for the listed origins only.
         */
        private void addWebGuards(FusekiServer.Builder b, DatasetGraph dsg) {
            ServiceGuard.install(dsg.getContext(), serviceHosts);
            HostGuard hosts = new HostGuard(allowedHosts);
            b.addFilter("/*", new ErrorBodies(List.of(store.folder(), store.workArea(), Path.of(""))))
                    .addFilter("/*", hosts)
                    .addFilter("/*", new OriginGuard(hosts, Set.of(DATASET, DATASET + "/query", DATASET + "/sparql")));
            if (!corsOrigins.isEmpty()) b.addFilter("/*", new CorsPolicy(corsOrigins));
        }

        private static boolean isLoopback(String host) {
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                throw new DiplographException("Unknown host address " + host, e);
            }
        }

        /** The host to put in URLs: a wildcard address is reached through loopback. */
        private static String urlHost(String host) {
            try {
                InetAddress a = InetAddress.getByName(host);
                if (a.isAnyLocalAddress()) return DEFAULT_HOST;
            } catch (UnknownHostException e) {
                throw new DiplographException("Unknown host address " + host, e);
            }
            return host.contains(":") ? "[" + host + "]" : host;
        }

        /**
         * Builds with Fuseki's admin working area at {@code area}. The admin module reads its place
         * from the {@code FUSEKI_BASE} system property (else the environment, else {@code run/} in the
         * working directory) while the server is built; the property is restored afterwards.
         */
        private static FusekiServer withWorkArea(Path area, Supplier<FusekiServer> build) {
            String key = FusekiServerCtl.envFusekiBase;
            String before = System.getProperty(key);
            System.setProperty(key, area.toAbsolutePath().toString());
            try {
                return build.get();
            } catch (RuntimeException e) {
                throw new DiplographException("Cannot set up the server: " + e.getMessage(), e);
            } finally {
                if (before == null) System.clearProperty(key); else System.setProperty(key, before);
            }
        }
    }

    /** The one line that says a port is taken and what to do about it. */
    public static String portTaken(String host, int port) {
        return "Port " + port + " on " + host + " is in use by another program: stop it, or choose another port"
                + " with --port N (--port 0 picks a free one)";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
        return false;
    }

    /** Starts listening, writes the server record and registers the shutdown hook. */
    public DiplographServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            if (causedBy(e, java.net.BindException.class) || String.valueOf(e.getMessage()).contains("Failed to bind")) {
                throw new DiplographException(portTaken(urlHost, fuseki.getPort()), e);
            }
            throw new DiplographException("Cannot start the server on port " + fuseki.getPort() + ": " + e.getMessage(), e);
        }
        ServerRecord.write(store.folder(), datasetUrl());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        LOG.info("Serving {} at {} (console {})", store.folder(), queryUrl(), consoleUrl());
        return this;
    }

    /** The port it listens on. */
    public int port() {
        return fuseki.getPort();
    }

    /** The web console: {@code http://HOST:PORT/}. */
    public String consoleUrl() {
        return "http://" + urlHost + ":" + port() + "/";
    }

    /** The dataset: {@code http://HOST:PORT/diplo}. */
    public String datasetUrl() {
        return "http://" + urlHost + ":" + port() + DATASET;
    }

    /** The SPARQL query endpoint: {@code http://HOST:PORT/diplo/query}. */
    public String queryUrl() {
        return datasetUrl() + "/query";
    }

    /** The SPARQL Update endpoint, present only when updates are enabled: {@code http://HOST:PORT/diplo/update}. */
    public String updateUrl() {
        return datasetUrl() + "/update";
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server and removes the record; safe to call more than once and from any thread. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) return;
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs anyway and finds the server stopped
            }
        }
        fuseki.stop();
        // a query answered at its deadline may still be noticing its cancel, in a read transaction
        // that would keep the store from closing
        if (!BudgetedQuery.awaitIdle(Duration.ofSeconds(60))) {
            LOG.warn("A timed-out query is still running 60 s after the server stopped; the store may not close");
        }
        ServerRecord.clear(store.folder());
        LOG.info("Server stopped");
    }

    @Override
    public void close() {
        stop();
    }
}
