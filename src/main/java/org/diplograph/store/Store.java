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
 *   text/        the full-text index of articles and names (see {@link TextIndex}), kept with the database
 *   text.changing  present while a write has reached the database and not yet the text index
 *   fuseki/      the server's own working area (configuration, backups, logs of its admin module)
 *   server.url   present while a server holds the dataset (see {@link ServerRecord})
 *   snapshots/   copies the server wrote when an editor asked (see {@link StoreSnapshot}), one folder each
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
    private final boolean readOnly;
    private DatasetGraph dataset;
    private TextIndex text;

    private Store(Path folder, DatasetGraph dataset, TextIndex text) {
        this(folder, dataset, text, false);
    }

    private Store(Path folder, DatasetGraph dataset, TextIndex text, boolean readOnly) {
        this.folder = folder;
        this.dataset = dataset;
        this.text = text;
        this.readOnly = readOnly;
    }

    /**
     * A store over the database a bulk load has just filled beside the folder's own, for the steps
     * run on it before it is put in place ({@link BulkLoad#finish}). It has no text index: the
     * folder's index is built again from the new database once that is in place, and those steps
     * (the summary's counts) write around the article sink.
     */
    static Store loading(Path folder, DatasetGraph loaded) {
        return new Store(folder, loaded, null);
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
        DatasetGraph dsg = connect(folder, "stop that one first, or query it through its server.");
        TextIndex text;
        try {
            BulkLoad.dropStopped(folder);   // held now: a partial copy beside it is no live load's
            text = TextIndex.open(folder, dsg);   // built here for a folder of an earlier build
        } catch (RuntimeException e) {
            TDBInternal.expel(dsg);
            throw e;
        }
        return new Store(folder, dsg, text);
    }

    /**
     * Opens the dataset in {@code folder} to be read and never written: a snapshot that a replica
     * serves ({@link StoreSnapshot}). Unlike {@link #open} it creates, stamps, completes, builds and
     * upgrades nothing; a folder that would need any of that (no database, no format stamp or another
     * format than this build writes, a text index to build) is refused with one line naming the way
     * out. The text index is opened as it is ({@link TextIndex#openReadOnly}), so a replica answers
     * as soon as this returns. TDB2 still takes its lock file ({@code tdb2/tdb.lock}) as for any
     * process that holds a database; that file is not part of a snapshot's manifest.
     */
    public static Store openReadOnly(Path folder) {
        Path db = folder.resolve(DATABASE);
        if (!exists(folder)) throw new DiplographException("No dataset in " + folder + " (no " + db + ") to serve read-only");
        int format = FolderFormat.of(folder);
        if (format != FolderFormat.CURRENT) {
            throw new DiplographException("The data folder " + folder + (format == 0 ? " has no data format stamp" : " is in data format "
                    + format) + "; a read-only server serves folders of format " + FolderFormat.CURRENT
                    + " only: write a snapshot of it with this build ('diplograph snapshot --db " + folder + " OUT').");
        }
        DatasetGraph dsg = connect(folder, "give each replica its own copy of the snapshot.");
        try {
            return new Store(folder, dsg, TextIndex.openReadOnly(folder, dsg), true);
        } catch (RuntimeException e) {
            TDBInternal.expel(dsg);
            throw e;
        }
    }

    /** Connects the database of {@code folder} with the union default graph; when another process holds it, says which and {@code whenHeld}. */
    private static DatasetGraph connect(Path folder, String whenHeld) {
        Path db = folder.resolve(DATABASE);
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(db));
        } catch (RuntimeException e) {
            throw new DiplographException(HoldingProcess.of(folder).map(h -> "The dataset in " + db + " is in use by " + h
                    + "; TDB2 lets one process hold a dataset: " + whenHeld)
                    .orElse("Cannot open the dataset in " + db + ": " + StoreWrite.reason(e)), e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    /** Whether this store was opened by {@link #openReadOnly}. */
    public boolean readOnly() {
        return readOnly;
    }

    /**
     * Whether the folder is stamped with an older data format than this build writes: its graphs lack
     * what a later format added, which the step that opens it for a command writes before stamping
     * it current ({@link #stampCurrentFormat}).
     */
    public boolean olderFormat() {
        return FolderFormat.of(folder) < FolderFormat.CURRENT;
    }

    /**
     * The data format the folder is stamped with: what an upgrade ({@link #olderFormat}) has to add
     * depends on it.
     */
    public int format() {
        return FolderFormat.of(folder);
    }

    /** Stamps the folder with the data format this build writes, once its graphs have that format's shape. */
    public void stampCurrentFormat() {
        FolderFormat.stamp(folder, FolderFormat.CURRENT);
    }

    /**
     * Releases the database, runs {@code move} (which puts another database in its place, see
     * {@link BulkLoad}) and opens the database now in place: the store then holds it. Whatever
     * {@code move} throws, the store holds the database then in place.
     */
    void replaceDatabase(Runnable move) {
        // the index no longer matches once the move starts: marked stale first, so that a process
        // stopped after the move has it built again when the folder is next opened
        TextIndex.markStale(folder);
        text.close();
        TDBInternal.expel(dataset);
        try {
            move.run();
        } finally {
            dataset = DatabaseMgr.connectDatasetGraph(Location.create(folder.resolve(DATABASE)));
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            text = TextIndex.open(folder, dataset);   // built from the database now in place
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

    /** The full-text index of the dataset, which {@code text:query} reads. */
    public TextIndex text() {
        if (text == null) throw new IllegalStateException("a store over a database still being loaded has no text index");
        return text;
    }

    /** Where the server keeps its own files: inside the folder, never in the working directory. */
    public Path workArea() {
        return folder.resolve(WORK_AREA);
    }

    /** Releases the database (files and lock) so that another process or a new {@link #open} can use it. */
    @Override
    public void close() {
        if (text != null) text.close();
        TDBInternal.expel(dataset);
    }
}
