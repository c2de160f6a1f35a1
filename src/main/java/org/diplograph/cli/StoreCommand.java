package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.diplograph.DiplographException;
import org.diplograph.store.ServerRecord;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the commands that open the data folder share: the {@code --db} option, a clear message and
 * exit code 1 for a {@link DiplographException}, and the refusal to open a folder that a running
 * server holds (TDB2 allows one process per database).
 */
abstract class StoreCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int SOME_INPUTS_FAILED = 1;

    @Spec CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = Defaults.DB,
            description = "Data folder (default: ${DEFAULT-VALUE}). It holds the TDB2 database (DIR/tdb2), the"
                    + " server's working area (DIR/fuseki) and, while a server runs, DIR/server.url.")
    Path db;

    @Override
    public final Integer call() {
        try {
            Optional<String> live = usesFolder() ? ServerRecord.live(db) : Optional.empty();
            if (live.isPresent()) {
                throw new DiplographException("The dataset in " + db + " is being served at " + live.get()
                        + "; stop that server first (Ctrl-C where it runs).");
            }
            return run();
        } catch (DiplographException e) {
            err().println("diplograph: " + e.getMessage());
            return SOME_INPUTS_FAILED;
        }
    }

    /** Does the command's work; the data folder is free. */
    abstract int run();

    /** Whether this run opens the data folder (a command sending to a server does not). */
    boolean usesFolder() {
        return true;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
