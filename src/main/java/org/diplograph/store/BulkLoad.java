package org.diplograph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.DiplographException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a new database with Jena's parallel TDB2 loader, beside the store's own
 * ({@value #LOADING} next to {@code tdb2/} in the data folder), and puts it in place of the store's
 * database only once it is complete.
 *
 * <pre>
 *   BulkLoad load = BulkLoad.start(store);
 *   quads.forEach(load.stream()::quad);       // from one thread
 *   load.finish(loaded -> SummaryRebuild.run(loaded));   // steps on the new database, then the swap
 * </pre>
 *
 * <p>Why beside and not in place: the loader writes the database's files directly, without
 * transactions, so a load stopped in the middle leaves files that are no database at all. Loaded
 * beside, a stop (even SIGKILL) leaves the store's database as it was: the next {@link Store#open}
 * finds the partial copy, which no live process holds, removes it and says so in one line. The new
 * database replaces the old one by two renames; the marker file {@value #COMPLETE} written between
 * the steps and the renames lets an open that finds {@code tdb2/} gone (a stop between the two
 * renames) finish the move instead of creating an empty database.
 *
 * <p>The store's own database stays open (held) during the load, so no other process opens the
 * folder meanwhile nor takes the partial copy for a stopped one.
 */
public final class BulkLoad {
    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);
    /** The new database's folder, inside the data folder. */
    static final String LOADING = "tdb2-loading";
    /** Present once the new database is complete: from then on it is the dataset. */
    static final String COMPLETE = "tdb2-loading.complete";
    /** The database replaced, between the two renames and until deleted. */
    static final String REPLACED = "tdb2-replaced";

    private final Store store;
    private final Path folder;
    private final DatasetGraph target;
    private final DataLoader loader;
    private final StreamRDF stream;
    /** The text index built beside the load, once {@link #indexText} is first called. */
    private TextLoading text;
    private boolean ended;

    private BulkLoad(Store store, Path folder, DatasetGraph target, DataLoader loader) {
        this.store = store;
        this.folder = folder;
        this.target = target;
        this.loader = loader;
        this.stream = loader == null ? null : loader.stream();
    }

    /** Starts a load into a new, empty database beside {@code store}'s (a leftover copy is removed first). */
    public static BulkLoad start(Store store) {
        Path folder = store.folder().resolve(LOADING);
        delete(folder);
        DatasetGraph target;
        try {
            target = DatabaseMgr.connectDatasetGraph(Location.create(folder));
        } catch (RuntimeException e) {
            throw new DiplographException("Cannot create the database of a bulk load in " + folder + ": " + StoreWrite.reason(e), e);
        }
        DataLoader loader = LoaderFactory.parallelLoader(target, (format, args) -> LOG.debug(format, args));
        loader.startBulk();
        BulkLoad load = new BulkLoad(store, folder, target, loader);
        load.stream.start();
        return load;
    }

    /**
     * Where a load that another process builds (Jena's xloader, which writes a database's files from
     * sorted runs) writes its database: the folder a load fills beside {@code store}'s, emptied first.
     * The store stays open (held) meanwhile, as for {@link #start}; then {@link #built}, or
     * {@link #dropBuilt} after a failure.
     */
    public static Path prepare(Store store) {
        Path folder = store.folder().resolve(LOADING);
        delete(folder);
        return folder;
    }

    /** The load whose database another process built in {@link #prepare}'s folder, to {@link #finish} as any load. */
    public static BulkLoad built(Store store) {
        Path folder = store.folder().resolve(LOADING);
        try {
            return new BulkLoad(store, folder, DatabaseMgr.connectDatasetGraph(Location.create(folder)), null);
        } catch (RuntimeException e) {
            dropBuilt(store);
            throw new DiplographException("Cannot open the database a bulk load built in " + folder + ": " + StoreWrite.reason(e), e);
        }
    }

    /** Removes what a load built in {@link #prepare}'s folder before it failed: the store's database is as it was. */
    public static void dropBuilt(Store store) {
        delete(store.folder().resolve(LOADING));
    }

    /** Where the quads go; use it from one thread. */
    public StreamRDF stream() {
        if (stream == null) throw new IllegalStateException("a load built by another process takes no quads");
        return stream;
    }

    /**
     * Has the text index built beside the load from the quads of one article graph, as streamed; from
     * the thread that streams. A load that never calls it has its index built from the new database
     * once it is in place, as before.
     */
    public void indexText(List<Quad> quads) {
        if (text == null) text = TextLoading.start(store.folder());
        text.graph(quads);
    }

    /**
     * Ends the load, runs {@code afterLoad} on the new database (a store over it, whose writes are
     * transactions as usual), then puts the new database in place of the store's, which then holds it.
     * A failure of any step leaves the store's database as it was and removes the new one.
     */
    public void finish(Consumer<Store> afterLoad) {
        if (ended) throw new IllegalStateException("the bulk load has ended");
        ended = true;
        try {
            if (loader != null) {
                long started = System.nanoTime();
                stream.finish();
                loader.finishBulk();
                LOG.info("Bulk load: Jena's loader done with its queues and indexes in {} ms after the last article",
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            discard();
            throw new DiplographException("The bulk load into " + folder + " failed: " + StoreWrite.reason(e)
                    + ". The dataset in " + store.folder() + " is as it was before it.", e);
        }
        target.getContext().set(TDB2.symUnionDefaultGraph, true);
        try {
            afterLoad.accept(Store.loading(store.folder(), target));
            if (text != null) text.finish(target);
        } catch (RuntimeException | Error e) {
            discard();
            throw e;
        }
        TDBInternal.expel(target);
        store.replaceDatabase(() -> {
            Path database = store.folder().resolve(Store.DATABASE);
            Path replaced = store.folder().resolve(REPLACED);
            Path complete = store.folder().resolve(COMPLETE);
            try {
                Files.writeString(complete, "complete\n");
                delete(replaced);
                Files.move(database, replaced, StandardCopyOption.ATOMIC_MOVE);
                Files.move(folder, database, StandardCopyOption.ATOMIC_MOVE);
                if (text != null) TextLoading.putInPlace(store.folder());   // and the index's stale mark removed
                Files.delete(complete);
            } catch (IOException e) {
                throw new DiplographException("Cannot put the bulk-loaded database " + folder + " in place of " + database
                        + ": " + StoreWrite.reason(e), e);
            }
            delete(replaced);
        });
    }

    /** Stops the load after a failure elsewhere: the new database is removed, the store's left as it was. */
    public void abort(Exception cause) {
        if (ended) return;
        ended = true;
        try {
            if (loader != null) loader.finishException(cause);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
        discard();
    }

    private void discard() {
        if (text != null) text.abort();
        TDBInternal.expel(target);
        delete(folder);
    }

    /**
     * Before the store's database is opened: a load that was complete when it stopped (between its two
     * renames) is put in place.
     */
    static void completeStopped(Path dataFolder) {
        Path loading = dataFolder.resolve(LOADING);
        Path complete = dataFolder.resolve(COMPLETE);
        Path database = dataFolder.resolve(Store.DATABASE);
        if (!Files.exists(complete)) return;
        try {
            if (Files.isDirectory(loading) && !Files.exists(database)) {
                Files.move(loading, database, StandardCopyOption.ATOMIC_MOVE);
                LOG.info("A bulk load into {} had stopped after it was complete: its database is now the dataset", dataFolder);
            }
            Files.delete(complete);
        } catch (IOException e) {
            throw new DiplographException("Cannot put the bulk-loaded database " + loading + " in place: " + StoreWrite.reason(e), e);
        }
    }

    /**
     * Once the store's database is held by this process (so no live process is loading beside it):
     * the partial copy a stopped load left is removed, with one line saying the dataset is as it was.
     */
    static void dropStopped(Path dataFolder) {
        delete(dataFolder.resolve(REPLACED));
        TextLoading.drop(dataFolder);
        Path loading = dataFolder.resolve(LOADING);
        if (!Files.exists(loading)) return;
        delete(loading);
        LOG.warn("A bulk load into {} was stopped before its end: its partial copy ({}) was removed and the dataset is as it"
                + " was before that load; run the ingest again to load its articles", dataFolder, loading.getFileName());
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new DiplographException("Cannot remove " + dir + ": " + StoreWrite.reason(e), e);
        }
    }
}
