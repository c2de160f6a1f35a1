package org.diplograph.cli;

import java.util.List;
import org.diplograph.store.IngestReport;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diplograph ingest [--db DIR] PATH...}: brings the dataset up to date with the inputs. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles into the dataset. Only new or changed articles are read again; running twice"
                + " changes nothing. An input that cannot be read is reported with its file (and line) and why,"
                + " the others are loaded, and a closing line counts what was skipped and why. Every article graph"
                + " is checked against the SHACL shapes; violations are reported, and --strict refuses them.",
                "Exit status: 0 when any article was read, 1 when none could be (or, with --strict, any failed), 2 usage error."})
final class IngestCommand extends StoreCommand {
    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Article files (.txt, .json, .jsonl), folders or globs such as 'seeds/*.txt'.")
    List<String> paths;

    @picocli.CommandLine.Mixin ReadOptions reading;
    @Option(names = "--strict", description = "Refuse articles that break a SHACL shape (they count as failed).")
    boolean strict;

    @Override
    int run() {
        try (Store store = Store.open(db)) {
            IngestReport r = Loading.ingest(store, paths, reading, strict, out(), err());
            return Loading.nothingRead(r) || strict && r.failed() > 0 ? SOME_INPUTS_FAILED : OK;
        }
    }
}
