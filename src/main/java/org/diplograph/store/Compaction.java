package org.diplograph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.tdb2.DatabaseMgr;
import org.diplograph.DiplographException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives back the disk space TDB2 keeps after many write transactions.
 *
 * <p>TDB2 never rewrites a block in place: each transaction writes new blocks and the old ones stay
 * in the files, so a dataset written by many transactions takes several times the space of its
 * quads. Compaction copies the live quads into a new generation ({@code tdb2/Data-NNNN}) and deletes
 * the old one; the dataset keeps its graphs, quads and context (the union default graph). It runs in
 * the process that holds the dataset ({@link Store}; TDB2 lets no other process open it) and waits
 * for this process's transactions to end, so it is run when a load has finished, before serving.
 * The new generation gets the planner's statistics ({@link QueryStatistics}), counted afresh.
 */
public final class Compaction {
    private static final Logger LOG = LoggerFactory.getLogger(Compaction.class);

    /** The size of the database's files before and after. */
    public record Result(long bytesBefore, long bytesAfter) {}

    private Compaction() {}

    /** Compacts the store's database and deletes the generation it replaces. */
    public static Result run(Store store) {
        Path db = store.folder().resolve(Store.DATABASE);
        long before = size(db);
        try {
            DatabaseMgr.compact(store.dataset(), true);
        } catch (RuntimeException e) {
            throw new DiplographException("Cannot compact the dataset in " + db + ": " + StoreWrite.reason(e), e);
        }
        QueryStatistics.write(store);   // the new generation's folder has none yet
        long after = size(db);
        LOG.info("Compacted {}: {} MB before, {} MB after", db, before / 1_000_000, after / 1_000_000);
        return new Result(before, after);
    }

    /** The bytes of the regular files under {@code dir}. */
    static long size(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            throw new DiplographException("Cannot read the size of " + dir + ": " + e.getMessage(), e);
        }
    }
}
