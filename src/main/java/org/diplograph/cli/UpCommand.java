package org.diplograph.cli;

import java.util.List;
import org.diplograph.store.IngestReport;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code diplograph up [--db DIR] [--port N] [PATH...]}: ingest, then serve. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Read the articles into the dataset (only new or changed ones), then serve it read-only"
                + " with the Fuseki console on 127.0.0.1 until Ctrl-C.",
                "Exit status: 1 when the dataset cannot be opened or served; inputs that fail are reported and"
                        + " the rest is served."})
final class UpCommand extends StoreCommand {
    @Parameters(paramLabel = "PATH", arity = "0..*", defaultValue = "seeds",
            description = "Article files, folders or globs (default: ${DEFAULT-VALUE}).")
    List<String> paths;

    @Mixin ServeOptions serving;

    @Override
    int run() {
        try (Store store = Store.open(db)) {
            IngestReport r = Loading.ingest(store, paths, out(), err());
            Loading.olderExtractors(store, err());
            serving.serve(store, out(), err());
            return r.failed() == 0 ? OK : SOME_INPUTS_FAILED;
        }
    }
}
