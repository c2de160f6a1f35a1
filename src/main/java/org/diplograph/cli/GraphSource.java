package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.diplograph.DiplographException;
import org.diplograph.query.QueryRunner;
import org.diplograph.store.ServerRecord;
import org.diplograph.store.Store;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where a read command finds the graph: {@code --db DIR} (default {@link Defaults#DB}) or
 * {@code --endpoint URL}. TDB2 lets one process hold a dataset, so when a running server holds the
 * folder (its {@link ServerRecord} answers) the command goes through that server's endpoint instead,
 * and says so on stderr.
 */
final class GraphSource {
    @Option(names = "--db", paramLabel = "DIR",
            description = "Data folder (default: " + Defaults.DB + "); a server holding it is used instead")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "SPARQL query endpoint, such as http://127.0.0.1:3030/diplo/query")
    String endpoint;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /**
     * Runs a command's work: prints the text it returns to stdout and gives exit code 0, or prints
     * the error's message after the command's name to stderr and gives 1.
     */
    int report(Supplier<String> work) {
        try {
            String text = work.get();
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (DiplographException e) {
            spec.commandLine().getErr().println(spec.name() + ": " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }

    /** Runs {@code body} with a runner on the chosen graph; notices go to stderr. */
    <T> T run(Function<QueryRunner, T> body) {
        PrintWriter err = spec.commandLine().getErr();
        if (db != null && endpoint != null) throw new DiplographException("give --db or --endpoint, not both");
        if (endpoint != null) return body.apply(QueryRunner.remote(endpoint));
        Path dir = db != null ? db : Path.of(Defaults.DB);
        Optional<String> server = ServerRecord.live(dir);
        if (server.isPresent()) {
            err.println("dataset held by the server at " + server.get() + "; querying through it");
            err.flush();
            return body.apply(QueryRunner.remote(server.get() + "/query"));
        }
        // Opening anything but an existing dataset would create an empty one and answer nothing.
        if (!Store.exists(dir)) {
            throw new DiplographException("no dataset at " + dir + ": load articles into it first, or give --db or --endpoint");
        }
        // The store stays open until the process ends: the command line runs one command per process.
        return body.apply(QueryRunner.local(OpenDataset.open(dir).dataset()));
    }
}
