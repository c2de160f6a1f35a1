package org.diplograph.cli;

import org.diplograph.store.Compaction;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;

/** {@code diplograph compact [--db DIR]}: gives back the space that write transactions left in the database. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compact the dataset: TDB2 keeps the blocks each write transaction replaced until the database"
                + " is compacted; this copies the live data into a new generation and deletes the old one. The graphs"
                + " stay the same. No server may hold the dataset; ingest and up do it themselves after a large load."})
final class CompactCommand extends StoreCommand {
    @Override
    int run() {
        try (Store store = OpenDataset.open(db)) {
            LocalIngest.compacted(Compaction.run(store), store, out());
            return OK;
        }
    }
}
