package org.diplograph.cli;

import org.diplograph.store.Store;
import org.diplograph.store.TextIndex;
import picocli.CommandLine.Command;

/** {@code diplograph text-index [--db DIR]}: builds the full-text index again from the dataset. */
@Command(name = "text-index", mixinStandardHelpOptions = true,
        description = {"Build the full-text index (DIR/text, read by text:query and the queries find, mentions and"
                + " name-like) again from the dataset: the titles and text of the articles and the names of what they"
                + " mention. Every ingest, removal and correction keeps it current, and a folder without one gets it"
                + " when first opened; run this after an import or if the index was damaged.",
                "Exit status: 0 done, 1 no dataset or the dataset is in use."})
final class TextIndexCommand extends StoreCommand {
    @Override
    int run() {
        if (!Store.exists(db)) {
            err().println("diplograph: no dataset at " + db);
            return SOME_INPUTS_FAILED;
        }
        try (Store store = Store.open(db)) {
            TextIndex.Counts n = store.text().rebuild();
            out().println("Text index of " + db + " built: " + n.articles() + " articles, " + n.names() + " names of "
                    + n.things() + " things");
            out().flush();
            return OK;
        }
    }
}
