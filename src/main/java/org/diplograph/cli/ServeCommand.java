package org.diplograph.cli;

import org.diplograph.store.GraphCounts;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code diplograph serve [--db DIR] [--port N]}: serves the dataset as it is. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the dataset read-only with the Fuseki console, on 127.0.0.1, until Ctrl-C.",
                "SPARQL query at /diplo/query (also /diplo/sparql and /diplo), graphs at /diplo/get."})
final class ServeCommand extends StoreCommand {
    @Mixin ServeOptions serving;

    @Override
    int run() {
        try (Store store = Store.open(db)) {
            Loading.counts(GraphCounts.of(store.dataset()), out());
            serving.serve(store, out(), err());
            return OK;
        }
    }
}
