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

    /**
     * Compacts during a long load, so that the files stay within a few times the live data instead of
     * growing with every transaction: after each commit, when the database's files exceed
     * {@link Schedule#FACTOR} times their size after the last compaction (or at the start), and at least
     * {@link Schedule#FLOOR}, the dataset is compacted. Each compaction copies the live quads once, and
     * the live data grows between two of them by a share that does not shrink, so their total time stays
     * within a few times that of the last one. A load then needs free disk for its largest files
     * ({@link Schedule#peakBytes()}: about {@code FACTOR} times the live data, at least the floor) and one
     * compacted copy.
     */
    public static Schedule whileLoading(Store store) {
        return new Schedule(store, Schedule.FACTOR, Schedule.FLOOR);
    }

    /** See {@link #whileLoading}; not thread-safe, for the one thread that writes. */
    public static final class Schedule {
        /** Growth over the last compacted size that starts a compaction. */
        public static final double FACTOR = 4;
        /** Files smaller than this are never compacted during a load. */
        public static final long FLOOR = 2_000_000_000L;
        private final Store store;
        private final double factor;
        private final long floor;
        private final Path db;
        private long base;
        private long peak;
        private int compactions;
        private long nanos;

        Schedule(Store store, double factor, long floor) {
            this.store = store;
            this.factor = factor;
            this.floor = floor;
            this.db = store.folder().resolve(Store.DATABASE);
            this.base = size(db);
            this.peak = base;
        }

        /** Called after a commit, with no transaction open: compacts when the files have grown enough. */
        public void afterCommit() {
            long now = size(db);
            peak = Math.max(peak, now);
            if (now < floor || now < factor * base) return;
            long t0 = System.nanoTime();
            base = run(store).bytesAfter();
            nanos += System.nanoTime() - t0;
            compactions++;
        }

        /** The largest size of the database's files seen after a commit. */
        public long peakBytes() {
            return peak;
        }

        /** How many compactions ran during the load, and their time in seconds. */
        public int compactions() {
            return compactions;
        }

        public double seconds() {
            return nanos / 1e9;
        }
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
