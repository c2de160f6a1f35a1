package org.diplograph.cli;

import org.diplograph.DiplographException;
import org.diplograph.store.GraphCounts;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code diplograph serve [--db DIR] [--port N] [--watch DIR] ...}: serves the dataset, optionally reading new files. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the dataset with the Fuseki console, on 127.0.0.1, until Ctrl-C: read-only unless"
                + " --allow-update; with --watch DIR, new article files in DIR are read while serving.",
                "SPARQL query at /diplo/query (also /diplo/sparql and /diplo), graphs at /diplo/get."})
final class ServeCommand extends StoreCommand {
    @Mixin ServeOptions serving;

    @Option(names = "--read-only",
            description = "Serve a snapshot (see 'snapshot') as it is, for a read replica: nothing in the folder is built,"
                    + " upgraded or written, and every write path is closed (no --allow-update, --password-file or --watch).")
    boolean readOnly;

    @Override
    int run() {
        if (readOnly) return serveReadOnly();
        serving.checkPortIsFree();
        try (Store store = OpenDataset.open(db)) {
            // counting every graph takes long on a large dataset: done once the server answers
            serving.serve(store, out(), err(), () -> {
                LocalIngest.counts(GraphCounts.of(store.dataset()), out());
                LocalIngest.olderExtractors(store, err());
            });
            return OK;
        }
    }

    /**
     * A replica: the folder opened read-only before the server listens, so that {@code /$/ping} answers
     * only once the dataset and its text index are open.
     */
    private int serveReadOnly() {
        if (serving.allowUpdate || serving.passwordFile != null || serving.watch != null) {
            throw new DiplographException("--read-only serves a snapshot with every write path closed: no --allow-update,"
                    + " --password-file or --watch");
        }
        serving.checkPortIsFree();
        try (Store store = Store.openReadOnly(db)) {
            serving.serve(store, out(), err(), () -> LocalIngest.counts(GraphCounts.of(store.dataset()), out()));
            return OK;
        }
    }
}
