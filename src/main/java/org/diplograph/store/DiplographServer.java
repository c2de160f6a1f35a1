package org.diplograph.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dataset of a {@link Store} served by embedded Fuseki, with its web console, read-only.
 *
 * <pre>
 *   DiplographServer s = DiplographServer.create().store(store).port(3030).build().start();
 *   s.consoleUrl();   // http://127.0.0.1:3030/
 *   s.queryUrl();     // http://127.0.0.1:3030/diplo/query
 * </pre>
 *
 * <p>What it serves, at {@value #DATASET}: SPARQL query at {@code /diplo/query}, {@code /diplo/sparql}
 * and {@code /diplo} itself; the read-only Graph Store Protocol at {@code /diplo/get}; the console at
 * {@code /} with the admin module's read calls under {@code /$/}. There is no update, upload or
 * read-write graph store endpoint, and every admin call that would change the server is refused
 * ({@link AdminGuard}). The default graph is the union of the named graphs (set by the store).
 *
 * <p>Safety: it listens on 127.0.0.1 only. Queries are stopped after the query timeout (default
 * 60 s), set as {@code ARQ.queryTimeout} on the dataset's context, so queries run in this process on
 * the same store are bounded the same way; a client may ask for less with the {@code timeout}
 * parameter, not for more. CORS is on with Fuseki's default filter, so a page from another origin
 * may query the endpoint, as any SPARQL client may; nothing can be changed that way.
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

    private final Store store;
    private final FusekiServer fuseki;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::stop, "diplograph-server-stop");

    private DiplographServer(Store store, FusekiServer fuseki) {
        this.store = store;
        this.fuseki = fuseki;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Options of a server; {@code store} is required. */
    public static final class Builder {
        private Store store;
        private int port = DEFAULT_PORT;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;

        private Builder() {}

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
            DatasetGraph dsg = store.dataset();
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            DataService service = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query)
                    .addEndpoint(Operation.GSP_R, "get")
                    .build();
            return new DiplographServer(store, withWorkArea(store.workArea(), () -> FusekiServer.create()
                    .loopback(true)
                    .port(port)
                    .enableCors(true, null)
                    .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()))
                    .addFilter("/$/*", new AdminGuard())
                    .add(DATASET, service)
                    .build()));
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

    /** Starts listening, writes the server record and registers the shutdown hook. */
    public DiplographServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
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

    /** The web console: {@code http://127.0.0.1:PORT/}. */
    public String consoleUrl() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** The dataset: {@code http://127.0.0.1:PORT/diplo}. */
    public String datasetUrl() {
        return "http://127.0.0.1:" + port() + DATASET;
    }

    /** The SPARQL query endpoint: {@code http://127.0.0.1:PORT/diplo/query}. */
    public String queryUrl() {
        return datasetUrl() + "/query";
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
        ServerRecord.clear(store.folder());
        LOG.info("Server stopped");
    }

    @Override
    public void close() {
        stop();
    }
}
