package org.diplograph.cli;

import java.nio.file.Path;
import org.diplograph.store.Store;
import org.diplograph.summary.PendingCounts;
import org.diplograph.summary.SummaryRebuild;

/**
 * Opens the data folder a command works on, then counts what a load stopped before its end left
 * pending ({@link PendingCounts}) and writes the rows a folder of an older format lacks
 * ({@link SummaryRebuild#upgrade}): every command that opens a dataset ({@code serve}, {@code up},
 * {@code ingest}, {@code query}, ...) sees summary rows that agree with its articles.
 *
 * <p>Why a step of its own and not part of {@link Store#open}: the store holds the dataset and knows
 * nothing of the summary; the repair is a write that a command asks for, visible where it is asked.
 */
final class OpenDataset {
    private OpenDataset() {}

    /** The store in {@code folder}, its pending counts taken; closed again if taking them fails. */
    static Store open(Path folder) {
        Store store = Store.open(folder);
        try {
            PendingCounts.resolve(store);
            SummaryRebuild.upgrade(store);   // a folder of an older format gets the rows it lacks
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }
}
