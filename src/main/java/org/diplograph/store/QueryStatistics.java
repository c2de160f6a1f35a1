package org.diplograph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.solver.SolverLibTDB;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.DiplographException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes TDB2's statistics file ({@code stats.opt}) for the store's database: how many triples of
 * the union graph have each predicate (and each type), which TDB2's query planner uses to order the
 * patterns of a query, most selective first. Without it TDB2 orders them by a fixed rule of thumb.
 *
 * <p>TDB2 reads the file from the database's current generation folder ({@code tdb2/Data-NNNN})
 * when it opens the dataset, so the counts take effect at the next start; a compaction makes a new
 * generation, which needs the file again. Counts are of the union graph (a triple stated by several
 * article graphs counts once), as queries see it. The file is written beside the old one and moved
 * over it, so a reader never sees half a file.
 */
public final class QueryStatistics {
    private static final Logger LOG = LoggerFactory.getLogger(QueryStatistics.class);
    static final String FILE = "stats.opt";

    private QueryStatistics() {}

    /** Counts the store's union graph and writes the statistics file; returns its path. */
    public static Path write(Store store) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(store.dataset());
        Path dir = Path.of(tdb.getLocation().getDirectoryPath());
        Path file = dir.resolve(FILE);
        Path part = dir.resolve(FILE + ".part");
        long start = System.nanoTime();
        StatsResults results = Txn.calculateRead(tdb, () -> count(tdb));
        try (OutputStream out = Files.newOutputStream(part)) {
            Stats.write(out, results);
        } catch (IOException e) {
            throw new DiplographException("Cannot write the query statistics " + part + ": " + e.getMessage(), e);
        }
        try {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DiplographException("Cannot move the query statistics to " + file + ": " + e.getMessage(), e);
        }
        LOG.info("Query statistics: {} triples counted in {} ms, written to {}", results.getCount(),
                (System.nanoTime() - start) / 1_000_000, file);
        return file;
    }

    /** Every distinct triple of the named graphs once (the union graph), as TDB2's own statistics tool counts it. */
    private static StatsResults count(DatasetGraphTDB tdb) {
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        StatsCollectorNodeId stats = new StatsCollectorNodeId(quads.getNodeTable());
        Iterator<Tuple<NodeId>> it = SolverLibTDB.unionGraph(quads);
        while (it.hasNext()) {
            Tuple<NodeId> t = it.next();
            stats.record(t.get(0), t.get(1), t.get(2), t.get(3));
        }
        return stats.results();
    }
}
