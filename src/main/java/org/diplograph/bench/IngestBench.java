package org.diplograph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.DiplographException;
import org.diplograph.corpus.Corpus;
import org.diplograph.store.Compaction;
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batch ingest against the bulk loader, in one JVM: {@code count} generated stories are ingested
 * into an empty dataset as {@code ingest} does (teasers read, extraction, mapping, SHACL check,
 * counts and duplicate links, {@code batch} articles per transaction as the command line writes them); the quads that run wrote are then
 * written to N-Quads and loaded by Jena's parallel TDB2 bulk loader into fresh datasets, three
 * times. The loader only parses and indexes, so the ratio of the two times says how far the whole
 * ingest is from the fastest way this machine can fill a TDB2 dataset with the same quads.
 *
 * @param ingestSeconds our batch ingest, once (its articles include each page's teasers)
 * @param loaderSeconds the three loader runs
 * @param ingestPeakHeap largest heap in use seen during our ingest, {@code loaderPeakHeap} during the loads
 * @param datasetBytes size of our dataset's files, {@code datasetDiskBytes} what they take on disk ({@code du})
 * @param compactSeconds the compaction that follows (as {@code ingest} compacts after a large load), not in
 *        {@code ingestSeconds}; {@code compactedBytes} and {@code compactedDiskBytes} the dataset after it
 * @param peakDatasetBytes the largest size of our dataset's files during the ingest, which compacts when they
 *        have grown enough ({@link Compaction#whileLoading}, as {@code ingest} does); {@code loadCompactions} how
 *        many times, in {@code loadCompactSeconds} (part of {@code ingestSeconds})
 * @param bulkSeconds the same pages ingested by the bulk path ({@link Ingest.Mode#BULK}, as {@code ingest} into an
 *        empty dataset) into another empty dataset, after the loader runs: extraction on all cores streaming into
 *        the parallel loader, the summary counted after it; {@code bulkPeakHeap} and {@code bulkDatasetBytes} likewise
 */
public record IngestBench(int pages, int articles, long quads, double ingestSeconds, double[] loaderSeconds,
                          long ingestPeakHeap, long loaderPeakHeap, long datasetBytes, long datasetDiskBytes,
                          long loaderDatasetBytes, long nquadsBytes, double compactSeconds, long compactedBytes,
                          long compactedDiskBytes, long peakDatasetBytes, int loadCompactions, double loadCompactSeconds,
                          double bulkSeconds, long bulkPeakHeap, long bulkDatasetBytes) {
    private static final Logger LOG = LoggerFactory.getLogger(IngestBench.class);

    /**
     * Disk needed per generated page, with room to spare: our dataset at its largest (files of up to four
     * times the live data, 2 GB at least, as it is compacted during the load: measured 0.65 GB for 1,000
     * pages with their teasers written 512 articles per transaction, 1.6 GB at 64 per transaction) and
     * its compacted copy, the corpus, the N-Quads and one loader dataset at a time.
     */
    public static final long BYTES_PER_PAGE = 3_000_000;

    public double loaderMedianSeconds() {
        return Measure.median(loaderSeconds);
    }

    /** The headline: our batch ingest time over the loader's median time on the same quads. */
    public double ratio() {
        return ingestSeconds / loaderMedianSeconds();
    }

    /** The bulk path's time over the loader's median time on the same quads. */
    public double bulkRatio() {
        return bulkSeconds / loaderMedianSeconds();
    }

    /** The same, with the compaction that {@code ingest} runs after a large load. */
    public double ratioWithCompaction() {
        return (ingestSeconds + compactSeconds) / loaderMedianSeconds();
    }

    /**
     * Runs the benchmark in {@code work} (created if needed; what it writes there is removed afterwards),
     * writing {@code batch} articles per transaction (or what {@code batchWait} gathers, as {@code ingest} does).
     */
    public static IngestBench run(int count, long seed, int batch, java.time.Duration batchWait, Path work) {
        Measure.requireFreeSpace(work, Math.max(200_000_000L, count * BYTES_PER_PAGE), "Ingesting " + count + " articles");
        Path corpusDir = work.resolve("corpus");
        Path ours = work.resolve("ingest");
        Path nquads = work.resolve("quads.nq");
        Path bulk = work.resolve("bulk");
        try (Measure.PeakHeap heap = new Measure.PeakHeap()) {
            Corpus.Written corpus = Corpus.create().seed(seed).count(count).build().write(corpusDir);
            System.gc();
            heap.reset();
            long t0 = System.nanoTime();
            IngestReport report;
            long quads;
            try (Store store = Store.open(ours)) {
                Compaction.Schedule compaction = Compaction.whileLoading(store);
                report = Ingest.create().store(store).teasers(true).batch(batch).batchWait(batchWait).workers(Runtime.getRuntime().availableProcessors()).mode(Ingest.Mode.EXCLUSIVE).compaction(compaction)
                        .progress(progress(t0, heap)).build().run(List.of(corpus.pages().toString()));
                double seconds = (System.nanoTime() - t0) / 1e9;
                long ingestHeap = heap.peak();
                if (report.failed() > 0) throw new DiplographException("the ingest failed on " + report.failed() + " inputs: " + report.problems());
                DatasetGraph dsg = store.dataset();
                quads = Txn.calculateRead(dsg, () -> countQuads(dsg));
                writeNQuads(dsg, nquads);
                long datasetBytes = Measure.directorySize(ours);
                long datasetDisk = Measure.diskUsage(ours);
                long c0 = System.nanoTime();
                Compaction.run(store);
                double compactSeconds = (System.nanoTime() - c0) / 1e9;
                long compactedBytes = Measure.directorySize(ours);
                long compactedDisk = Measure.diskUsage(ours);
                LOG.info("Bench: ingested {} pages ({} articles, {} quads) in {} s", count, report.articlesNew(), quads,
                        String.format(java.util.Locale.ROOT, "%.1f", seconds));
                double[] loader = new double[3];
                long loaderHeap = 0;
                long loaderBytes = 0;
                for (int i = 0; i < loader.length; i++) {
                    Path fresh = work.resolve("loader-" + i);
                    System.gc();
                    heap.reset();
                    long l0 = System.nanoTime();
                    DatasetGraph target = DatabaseMgr.connectDatasetGraph(fresh.toString());
                    DataLoader l = LoaderFactory.parallelLoader(target, (format, args) -> { });
                    l.startBulk();
                    l.load(nquads.toString());
                    l.finishBulk();
                    loader[i] = (System.nanoTime() - l0) / 1e9;
                    loaderHeap = Math.max(loaderHeap, heap.peak());
                    TDBInternal.expel(target);
                    loaderBytes = Measure.directorySize(fresh);
                    Measure.delete(fresh);
                }
                System.gc();
                heap.reset();
                long b0 = System.nanoTime();
                long bulkBytes;
                try (Store bulkStore = Store.open(bulk)) {
                    IngestReport r = Ingest.create().store(bulkStore).teasers(true).batch(batch).batchWait(batchWait)
                            .workers(Runtime.getRuntime().availableProcessors()).mode(Ingest.Mode.BULK)
                            .progress(progress(b0, heap)).build().run(List.of(corpus.pages().toString()));
                    if (r.articlesNew() != report.articlesNew()) {
                        throw new DiplographException("the bulk path loaded " + r.articlesNew() + " articles, the batch ingest "
                                + report.articlesNew());
                    }
                }
                double bulkSeconds = (System.nanoTime() - b0) / 1e9;
                long bulkHeap = heap.peak();
                bulkBytes = Measure.directorySize(bulk);
                LOG.info("Bench: bulk path, {} pages in {} s", count, String.format(java.util.Locale.ROOT, "%.1f", bulkSeconds));
                return new IngestBench(count, report.articlesNew(), quads, seconds, loader, ingestHeap, loaderHeap, datasetBytes,
                        datasetDisk, loaderBytes, Files.size(nquads), compactSeconds, compactedBytes, compactedDisk,
                        Math.max(compaction.peakBytes(), datasetBytes), compaction.compactions(), compaction.seconds(),
                        bulkSeconds, bulkHeap, bulkBytes);
            }
        } catch (IOException e) {
            throw new DiplographException("Cannot run the ingest benchmark in " + work + ": " + e.getMessage(), e);
        } finally {
            Measure.delete(corpusDir);
            Measure.delete(ours);
            Measure.delete(nquads);
            Measure.delete(bulk);
        }
    }

    /** Logs the pace every {@link #LOG_EVERY} articles, so that a long run shows how far it got. */
    private static Ingest.Progress progress(long t0, Measure.PeakHeap heap) {
        int[] n = new int[1];
        return (origin, key, outcome) -> {
            if (++n[0] % LOG_EVERY != 0) return;
            double s = (System.nanoTime() - t0) / 1e9;
            LOG.info("Bench: {} articles in {} s, {} articles/s; peak heap in use so far {} MB", n[0],
                    String.format(java.util.Locale.ROOT, "%.0f", s), String.format(java.util.Locale.ROOT, "%.1f", n[0] / s),
                    heap.peak() / 1_000_000);
        };
    }

    private static final int LOG_EVERY = 5000;

    private static long countQuads(DatasetGraph dsg) {
        long n = 0;
        var it = dsg.find();
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    private static void writeNQuads(DatasetGraph dsg, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, Lang.NQUADS));
        }
    }
}
