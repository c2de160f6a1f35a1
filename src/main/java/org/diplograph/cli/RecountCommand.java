package org.diplograph.cli;

import org.diplograph.store.Store;
import org.diplograph.pipeline.AfterLoad;
import picocli.CommandLine.Command;

/** {@code diplograph recount [--db DIR]}: counts the summary graph again from the article graphs. */
@Command(name = "recount", mixinStandardHelpOptions = true,
        description = {"Count the summary graph again from the article graphs: the counts and rows the whole-graph"
                + " queries read. Ingest and remove keep them current; run this after an import, a bulk load or"
                + " on a dataset written by an older version.",
                "Exit status: 0 done, 1 no dataset or the dataset is in use."})
final class RecountCommand extends StoreCommand {
    @Override
    int run() {
        if (!Store.exists(db)) {
            err().println("diplograph: no dataset at " + db);
            return SOME_INPUTS_FAILED;
        }
        try (Store store = OpenDataset.open(db)) {
            AfterLoad.run(store);   // the steps a bulk load ends with: the summary, and whatever else is derived whole
            out().println("Counted the summary graph of " + db + " again");
            out().flush();
            return OK;
        }
    }
}
