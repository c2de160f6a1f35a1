package org.diplograph.cli;

import java.util.List;
import org.diplograph.store.GraphCounts;
import org.diplograph.store.Removal;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code diplograph remove [--db DIR] KEY...}: takes articles out of the dataset. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove articles by key, with every entity, count and duplicate link that no remaining article"
                + " supports. The dataset is then the one the remaining articles alone give.",
                "Exit status: 0 all removed, 1 some key was not in the dataset."})
final class RemoveCommand extends StoreCommand {
    @Parameters(paramLabel = "KEY", arity = "1..*",
            description = "Article keys, as the dataset records them (dip:key): a file name without extension, or a JSON id.")
    List<String> keys;

    @Override
    int run() {
        if (!Store.exists(db)) {
            err().println("diplograph: no dataset at " + db);
            return SOME_INPUTS_FAILED;
        }
        int missing = 0;
        try (Store store = Store.open(db)) {
            Removal removal = Removal.create().store(store).build();
            for (String key : keys) {
                if (removal.remove(key)) {
                    out().println("Removed " + key);
                } else {
                    err().println("diplograph: no article \"" + key + "\" in " + db);
                    missing++;
                }
            }
            Loading.counts(GraphCounts.of(store.dataset()), out());
        }
        return missing == 0 ? OK : SOME_INPUTS_FAILED;
    }
}
