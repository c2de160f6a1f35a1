package org.diplograph.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.diplograph.store.GraphCounts;
import org.diplograph.server.IngestClient;
import org.diplograph.pipeline.Removal;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code diplograph remove [--db DIR | --endpoint URL --password-file FILE] KEY...}: takes articles out. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove articles by key, with every entity, count and duplicate link that no remaining article"
                + " supports. The dataset is then the one the remaining articles alone give.",
                "Exit status: 0 all removed, 1 some key was not in the dataset."})
final class RemoveCommand extends StoreCommand {
    @Parameters(paramLabel = "KEY", arity = "1..*",
            description = "Article keys, as the dataset records them (dip:key): a file name without extension, or a JSON id.")
    List<String> keys;

    @Mixin
    ServerTarget server;

    @Override
    boolean usesFolder() {
        return !server.given();
    }

    @Override
    int run() {
        Optional<IngestClient> client = server.client();
        if (client.isPresent()) return removeEach(client.get()::remove, server.endpoint);
        if (!Store.exists(db)) {
            err().println("diplograph: no dataset at " + db);
            return SOME_INPUTS_FAILED;
        }
        try (Store store = OpenDataset.open(db)) {
            int status = removeEach(Removal.create().store(store).build()::remove, db.toString());
            LocalIngest.counts(GraphCounts.of(store.dataset()), out());
            return status;
        }
    }

    /** Removes each key in turn, saying what was removed and which key was not there. */
    private int removeEach(Predicate<String> remove, String where) {
        int missing = 0;
        for (String key : keys) {
            if (remove.test(key)) {
                out().println("Removed " + key);
            } else {
                err().println("diplograph: no article \"" + key + "\" in " + where);
                missing++;
            }
        }
        out().flush();
        err().flush();
        return missing == 0 ? OK : SOME_INPUTS_FAILED;
    }
}
