package org.diplograph.cli;

import java.util.List;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diplograph up [--db DIR] [--port N] [PATH...]}: ingest, then serve. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Read the articles into the dataset (only new or changed ones), then serve it read-only"
                + " with the Fuseki console on 127.0.0.1 until Ctrl-C.",
                "Exit status: 1 when the dataset cannot be opened or served; inputs that fail are reported and"
                        + " the rest is served; with --strict, any failed input (a shape violation included) stops"
                        + " it before serving, with status 1."})
final class UpCommand extends StoreCommand {
    @Parameters(paramLabel = "PATH", arity = "0..*", defaultValue = "seeds",
            description = "Article files, folders or globs (default: ${DEFAULT-VALUE}).")
    List<String> paths;

    @picocli.CommandLine.Mixin ReadOptions reading;

    @Mixin ServeOptions serving;

    @Option(names = "--strict", description = "Refuse articles that break a SHACL shape and do not serve if any input failed.")
    boolean strict;

    @Override
    int run() {
        serving.checkPortIsFree();
        try (Store store = OpenDataset.open(db)) {
            IngestReport r = LocalIngest.ingest(store, paths, reading, strict, out(), err());
            if (strict && r.failed() > 0) {
                err().println("diplograph: " + r.failed() + " failed inputs; not serving (--strict)");
                return SOME_INPUTS_FAILED;
            }
            serving.serve(store, out(), err(), () -> LocalIngest.olderExtractors(store, err()));
            return LocalIngest.nothingRead(r) ? SOME_INPUTS_FAILED : OK;
        }
    }
}
