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
                + " changes nothing. A file that cannot be read is reported and the others are loaded. Every"
                + " article graph is checked against the SHACL shapes; violations are reported.",
                "Exit status: 0 all inputs loaded, 1 some inputs failed, 2 usage error."})
final class IngestCommand extends StoreCommand {
    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Article files (.txt, .json, .jsonl), folders or globs such as 'seeds/*.txt'.")
    List<String> paths;

    @Option(names = "--strict", description = "Refuse articles that break a SHACL shape (they count as failed).")
    boolean strict;

    @Override
    int run() {
        try (Store store = Store.open(db)) {
            IngestReport r = Loading.ingest(store, paths, strict, out(), err());
            return r.failed() == 0 ? OK : SOME_INPUTS_FAILED;
        }
    }
}
