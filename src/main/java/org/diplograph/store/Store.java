package org.diplograph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.DiplographException;

/**
 * The folder that holds a Diplograph dataset, open in this process.
 *
 * <p>Layout of the folder (default {@code data/}):
 * <pre>
 *   tdb2/        the TDB2 database: one named graph per article, plus ontology, summary, runs
 *   fuseki/      the server's own working area (configuration, backups, logs of its admin module)
 *   server.url   present while a server holds the dataset (see {@link ServerRecord})
 *   format       the folder's data format, one line (see {@link FolderFormat})
 * </pre>
 *
 * <p>The dataset's context makes the default graph the union of the named graphs, so every query,
 * in this process or over the endpoint, sees all articles without {@code GRAPH}. TDB2 lets one
 * process hold a database at a time: opening a folder that another process holds fails with a
 * {@link DiplographException} naming that process ({@link HoldingProcess}). A folder that cannot be created or
 * written fails the same way, with the system's reason. Close the store to release the database.
 */
public final class Store implements AutoCloseable {
    public static final String DATABASE = "tdb2";
    static final String WORK_AREA = "fuseki";

    private final Path folder;
    private DatasetGraph dataset;

    Store(Path folder, DatasetGraph dataset) {
        this.folder = folder;
        this.dataset = dataset;
    }

    /**
     * Opens the dataset in {@code folder}, creating the folder and an empty database if needed. It
     * writes nothing: what a load stopped before its end left to count is counted by the step each
     * command runs after opening (the summary's pending counts).
     */
    public static Store open(Path folder) {
        Path db = folder.resolve(DATABASE);
        BulkLoad.completeStopped(folder);   // a bulk load stopped between its renames is put in place
        try {
            Files.createDirectories(db);
        } catch (IOException e) {
            throw new DiplographException("Cannot create the dataset folder " + db, e);
        }
        FolderFormat.admit(folder);   // a folder of a format this build does not read is refused untouched
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(db));
        } catch (RuntimeException e) {
            throw new DiplographException(HoldingProcess.of(folder).map(h -> "The dataset in " + db + " is in use by " + h
                    + "; TDB2 lets one process hold a dataset: stop that one first, or query it through its server.")
                    .orElse("Cannot open the dataset in " + db + ": " + StoreWrite.reason(e)), e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        try {
            BulkLoad.dropStopped(folder);   // held now: a partial copy beside it is no live load's
        } catch (RuntimeException e) {
            TDBInternal.expel(dsg);
            throw e;
        }
        return new Store(folder, dsg);
    }

    /**
     * Releases the database, runs {@code move} (which puts another database in its place, see
     * {@link BulkLoad}) and opens the database now in place: the store then holds it. Whatever
     * {@code move} throws, the store holds the database then in place.
     */
    void replaceDatabase(Runnable move) {
        TDBInternal.expel(dataset);
        try {
            move.run();
        } finally {
            dataset = DatabaseMgr.connectDatasetGraph(Location.create(folder.resolve(DATABASE)));
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        }
    }

    /** True when {@code folder} holds a database that {@link #open} would open, rather than create. */
    public static boolean exists(Path folder) {
        Path db = folder.resolve(DATABASE);
        if (!Files.isDirectory(db)) return false;
        try (java.util.stream.Stream<Path> s = Files.list(db)) {
            return s.findAny().isPresent();
        } catch (IOException e) {
            throw new DiplographException("Cannot read the dataset folder " + db, e);
        }
    }

    /** The folder given to {@link #open}. */
    public Path folder() {
        return folder;
    }

    /** The TDB2 dataset; use it inside transactions. A bulk load puts another in its place ({@link BulkLoad}): ask again after one. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** Where the server keeps its own files: inside the folder, never in the working directory. */
    public Path workArea() {
        return folder.resolve(WORK_AREA);
    }

    /** Releases the database (files and lock) so that another process or a new {@link #open} can use it. */
    @Override
    public void close() {
        TDBInternal.expel(dataset);
    }
}
