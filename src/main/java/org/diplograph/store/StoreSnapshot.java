package org.diplograph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Iterator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.DiplographException;
import org.diplograph.Version;
import org.diplograph.rdf.Terms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compacted, consistent copy of a store's data folder, for read replicas to serve
 * ({@link Store#openReadOnly}): its database, its text index, its format stamp, and a
 * {@link SnapshotManifest} that lets a copy of the copy be checked.
 *
 * <p>Consistent: the dataset is read in one read transaction, begun while the text index's writing
 * lock is held and the index's last commit is copied, so the quads and the index are those of the
 * same commit even while the store's server goes on taking articles (TDB2 readers see the state at
 * their start; a writer waits for the lock only while the index files are copied). Compacted: the
 * quads are loaded into a new database by Jena's bulk loader, which has none of the blocks earlier
 * transactions replaced. The copy's index carries the shape this build writes, so a replica opens it
 * as it is; the snapshot is opened read-only once before it is published, to make sure it would.
 *
 * <p>Whole or absent: it is written into a hidden sibling of the target ({@code .NAME.partial-N}) and
 * renamed to the target only when complete, the manifest written last. A stopped run leaves that
 * sibling, never a folder at the target; a target that exists and is not an empty folder is refused.
 */
public final class StoreSnapshot {
    private static final Logger LOG = LoggerFactory.getLogger(StoreSnapshot.class);

    /** A snapshot written: where, and what its manifest says. */
    public record Result(Path folder, SnapshotManifest manifest) {
        /** The bytes of the files the manifest lists. */
        public long bytes() {
            return manifest.files().values().stream().mapToLong(SnapshotManifest.FileSum::size).sum();
        }
    }

    private StoreSnapshot() {}

    /**
     * Writes a snapshot of {@code store} (open in this process, for reading or writing) to the new
     * folder {@code target}, recording {@code extractor} as the extractor version in its manifest.
     */
    public static Result write(Store store, Path target, String extractor) {
        if (store.readOnly()) throw new DiplographException("Take snapshots from the writer's data folder, not from a read-only copy");
        refuseTaken(target);
        int format = FolderFormat.of(store.folder());
        if (format != FolderFormat.CURRENT) {
            throw new DiplographException("The data folder " + store.folder() + " is in data format " + format
                    + "; open it with a command of this build first (it upgrades it), then take the snapshot");
        }
        Path abs = target.toAbsolutePath().normalize();
        Path part = abs.resolveSibling("." + abs.getFileName() + ".partial-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            createFolder(part);
            long[] counts = copy(store, part);
            FolderFormat.stamp(part, format);
            try (Store check = Store.openReadOnly(part)) {
                // opens as a replica would, without building anything
                LOG.debug("Snapshot {} opens read-only ({})", part, check.folder());
            }
            deleteLocks(part);
            SnapshotManifest manifest = new SnapshotManifest(SnapshotManifest.FORMAT, Version.get(), extractor, format, counts[1], counts[0],
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), SnapshotManifest.sums(part));
            manifest.write(part);
            publish(part, target);
            Result r = new Result(target, manifest);
            LOG.info("Snapshot of {} written to {}: {} articles, {} quads, {} files, {} MB", store.folder(), target,
                    manifest.articles(), manifest.quads(), manifest.files().size(), r.bytes() / 1_000_000);
            return r;
        } catch (DiplographException e) {
            delete(part);
            throw e;
        } catch (RuntimeException e) {
            delete(part);
            throw new DiplographException("Cannot write the snapshot " + target + ": " + StoreWrite.reason(e), e);
        }
    }

    /** A target that exists and is anything but an empty folder is refused, before any work. */
    private static void refuseTaken(Path target) {
        if (!Files.exists(target)) return;
        boolean empty;
        try (Stream<Path> s = Files.isDirectory(target) ? Files.list(target) : null) {
            empty = s != null && s.findAny().isEmpty();
        } catch (IOException e) {
            throw new DiplographException("Cannot read " + target + ": " + StoreWrite.reason(e), e);
        }
        if (!empty) throw new DiplographException(target + " exists and is not an empty folder: give the snapshot a new folder");
    }

    /** Copies the text index's last commit and the quads of the same state into {@code part}; returns {quads, articles}. */
    private static long[] copy(Store store, Path part) {
        DatasetGraph source = store.dataset();
        TextIndex text = store.text();
        text.writing().lock();
        boolean reading = false;
        try {
            source.begin(TxnType.READ);
            reading = true;
            text.copyLastCommit(part.resolve(TextIndex.FOLDER));
        } catch (RuntimeException e) {
            if (reading) source.end();
            throw e;
        } finally {
            text.writing().unlock();
        }
        DatasetGraph target = null;
        try {
            target = DatabaseMgr.connectDatasetGraph(Location.create(part.resolve(Store.DATABASE)));
            DataLoader loader = LoaderFactory.parallelLoader(target, (format, args) -> LOG.debug(format, args));
            loader.startBulk();
            StreamRDF into = loader.stream();
            into.start();
            long quads = 0;
            for (Iterator<Quad> it = source.find(); it.hasNext(); quads++) into.quad(it.next());
            long articles = 0;
            Node last = null;
            for (Iterator<Quad> it = source.find(Node.ANY, Node.ANY, RDF.Nodes.type, Terms.ARTICLE); it.hasNext(); ) {
                Node a = it.next().getSubject();
                if (!a.equals(last)) articles++;
                last = a;
            }
            into.finish();
            loader.finishBulk();
            QueryStatistics.write(Store.loading(part, target));
            return new long[] {quads, articles};
        } finally {
            source.end();
            if (target != null) TDBInternal.expel(target);
        }
    }

    /** The lock files that opening the copy left: no part of a snapshot. */
    private static void deleteLocks(Path part) {
        try (Stream<Path> s = Files.walk(part)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String rel = part.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                if (SnapshotManifest.runtimeFile(rel)) Files.delete(f);
            }
        } catch (IOException e) {
            throw new DiplographException("Cannot tidy the snapshot in " + part + ": " + StoreWrite.reason(e), e);
        }
    }

    /** Renames the complete snapshot to its target (an empty folder there is replaced). */
    private static void publish(Path part, Path target) {
        try {
            refuseTaken(target);   // again: another run may have taken it meanwhile
            Files.deleteIfExists(target);
            if (target.toAbsolutePath().getParent() != null) Files.createDirectories(target.toAbsolutePath().getParent());
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DiplographException("Cannot move the snapshot into " + target + ": " + StoreWrite.reason(e), e);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DiplographException("Cannot create " + folder + ": " + StoreWrite.reason(e), e);
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) return;
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Cannot remove the partial snapshot {}: {}", folder, StoreWrite.reason(e));
        }
    }
}
