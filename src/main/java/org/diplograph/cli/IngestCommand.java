package org.diplograph.cli;

import java.util.List;
import java.util.Optional;
import org.diplograph.server.IngestClient;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code diplograph ingest [--db DIR] PATH...} or {@code ingest --reextract}: brings the dataset up to date. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles into the dataset. Only new or changed articles are read again; running twice"
                + " changes nothing. An input that cannot be read is reported with its file (and line) and why,"
                + " the others are loaded, and a closing line counts what was skipped and why. Every article graph"
                + " is checked against the SHACL shapes; violations are reported, and --strict refuses them.",
                "Exit status: 0 when any article was read, 1 when none could be (or, with --strict, any failed, or"
                        + " the dataset cannot be written), 2 usage error."})
final class IngestCommand extends StoreCommand {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Article files (.txt, .html, .htm, .json, .jsonl), folders or globs such as 'seeds/*.txt'."
                    + " A symbolic link inside a folder is followed only to a file inside the paths given; one"
                    + " pointing elsewhere is reported and skipped.")
    List<String> paths;

    @Mixin ReadOptions reading;

    @Option(names = "--strict", description = "Refuse articles that break a SHACL shape (they count as failed).")
    boolean strict;

    @Option(names = "--reextract",
            description = "Instead of reading files, extract every stored article again from the source text the"
                    + " dataset keeps (after an extractor upgrade; the files are not needed).")
    boolean reextract;

    @Mixin
    ServerTarget server;

    @Override
    boolean usesFolder() {
        return !server.given();
    }

    @Override
    int run() {
        boolean hasPaths = paths != null && !paths.isEmpty();
        if (hasPaths == reextract) {
            throw new ParameterException(spec.commandLine(), "give PATH... to read files, or --reextract alone");
        }
        if (server.given() && reextract) {
            throw new ParameterException(spec.commandLine(), "--reextract works on the data folder, not through --endpoint");
        }
        Optional<IngestClient> client = server.client();
        if (client.isPresent()) {
            return EndpointIngest.send(client.get(), server.endpoint, paths, out(), err()) == 0 ? OK : SOME_INPUTS_FAILED;
        }
        try (Store store = OpenDataset.open(db)) {
            IngestReport r = reextract ? LocalIngest.reextract(store, out(), err())
                    : LocalIngest.ingest(store, paths, reading, strict, out(), err());
            return LocalIngest.nothingRead(r) || strict && r.failed() > 0 ? SOME_INPUTS_FAILED : OK;
        }
    }
}
