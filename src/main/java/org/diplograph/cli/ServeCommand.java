package org.diplograph.cli;

import org.diplograph.store.GraphCounts;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code diplograph serve [--db DIR] [--port N] [--watch DIR] ...}: serves the dataset, optionally reading new files. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the dataset with the Fuseki console, on 127.0.0.1, until Ctrl-C: read-only unless"
                + " --allow-update; with --watch DIR, new article files in DIR are read while serving.",
                "SPARQL query at /diplo/query (also /diplo/sparql and /diplo), graphs at /diplo/get."})
final class ServeCommand extends StoreCommand {
    @Mixin ServeOptions serving;

    @Override
    int run() {
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
}
