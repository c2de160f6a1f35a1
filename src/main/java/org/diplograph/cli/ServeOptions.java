package org.diplograph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.diplograph.store.DiplographServer;
import org.diplograph.store.Store;
import picocli.CommandLine.Option;

/** The options of the commands that serve the dataset, and serving itself until Ctrl-C. */
final class ServeOptions {
    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop any query that runs longer (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    /** Starts the server, prints where it answers, and returns when it stops (Ctrl-C). */
    void serve(Store store, PrintWriter out) {
        DiplographServer server = DiplographServer.create().store(store).port(port)
                .queryTimeout(Duration.ofSeconds(timeoutSeconds)).build().start();
        out.println("Console: " + server.consoleUrl());
        out.println("SPARQL:  " + server.queryUrl());
        out.println("Serving (read-only) until Ctrl-C.");
        out.flush();
        server.join();
    }
}
