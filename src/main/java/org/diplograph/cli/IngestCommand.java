package org.diplograph.cli;

import java.util.List;
import java.util.Optional;
import org.diplograph.store.IngestClient;
import org.diplograph.store.IngestReport;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code diplograph ingest [--db DIR] PATH...} or {@code ingest --reextract}: brings the dataset up to date. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles into the dataset. Only new or changed articles are read again; running twice"
                + " changes nothing. A file that cannot be read is reported and the others are loaded.",
                "Exit status: 0 all inputs loaded, 1 some inputs failed (or the dataset cannot be written), 2 usage error."})
final class IngestCommand extends StoreCommand {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Article files (.txt, .json, .jsonl), folders or globs such as 'seeds/*.txt'.")
    List<String> paths;

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
            return Sending.send(client.get(), server.endpoint, paths, out(), err()) == 0 ? OK : SOME_INPUTS_FAILED;
        }
        try (Store store = Store.open(db)) {
            IngestReport r = reextract ? Loading.reextract(store, out(), err()) : Loading.ingest(store, paths, out(), err());
            return r.failed() == 0 ? OK : SOME_INPUTS_FAILED;
        }
    }
}
