package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.diplograph.DiplographException;
import org.diplograph.bench.IngestBench;
import org.diplograph.bench.LiveBench;
import org.diplograph.bench.Measure;
import org.diplograph.bench.QueryBench;
import org.diplograph.bench.StartBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench ingest|live|queries|start}: measured speed of ingest, live ingest, the canned
 * queries and server start, never run by the tests. Figures are printed, one line each.
 */
final class BenchCommands {
    private BenchCommands() {}

    /** Adds the subcommands to the {@code bench} command. */
    static void addTo(CommandLine bench) {
        bench.addSubcommand(new IngestBenchCommand());
        bench.addSubcommand(new LiveBenchCommand());
        bench.addSubcommand(new QueriesBenchCommand());
        bench.addSubcommand(new StartBenchCommand());
    }

    /** Options of the benchmarks that generate their own articles. */
    abstract static class Generated implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--count", defaultValue = "1000", description = "generated articles (default ${DEFAULT-VALUE})")
        int count;

        @Option(names = "--seed", defaultValue = "1", description = "seed of the generated articles (default ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--work", paramLabel = "DIR", description = "folder for the files it writes and removes (default: a new temporary folder)")
        Path work;

        @Override
        public Integer call() {
            boolean temporary = work == null;
            try {
                Path dir = temporary ? Files.createTempDirectory("diplograph-bench") : work;
                try {
                    run(dir, spec.commandLine().getOut());
                } finally {
                    if (temporary) Measure.delete(dir);
                }
            } catch (IOException e) {
                throw new DiplographException("Cannot create a temporary folder: " + e.getMessage(), e);
            }
            return 0;
        }

        abstract void run(Path dir, PrintWriter out);
    }

    /** Options of the benchmarks that measure an existing dataset. */
    abstract static class OnDataset implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "DIR", description = "the data folder (no server may hold it)")
        Path db;
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Batch ingest of --count generated articles into an empty dataset, then the same quads loaded by"
                    + " Jena's parallel TDB2 bulk loader (median of 3) in the same JVM, then the bulk path (as ingest into an"
                    + " empty dataset): the ratio of each to the loader, peak heap, dataset size on disk.")
    static final class IngestBenchCommand extends Generated {
        @Option(names = "--batch", paramLabel = "N", defaultValue = "" + LocalIngest.BATCH,
                description = "articles per transaction, as ingest --batch (default ${DEFAULT-VALUE})")
        int batch;

        @Override
        void run(Path dir, PrintWriter out) {
            IngestBench b = IngestBench.run(count, seed, batch, LocalIngest.BATCH_WAIT, dir);
            StringBuilder runs = new StringBuilder();
            for (double s : b.loaderSeconds()) runs.append(String.format(Locale.ROOT, " %.1f", s));
            out.printf(Locale.ROOT, "batch ingest: %d pages (%d articles with their teasers), %d quads in %.1f s:"
                            + " %.1f pages/s, %.1f articles/s, %.0f quads/s%n", b.pages(), b.articles(), b.quads(),
                    b.ingestSeconds(), b.pages() / b.ingestSeconds(), b.articles() / b.ingestSeconds(), b.quads() / b.ingestSeconds());
            out.printf(Locale.ROOT, "bulk loader (parallel), same quads: median %.1f s (runs:%s), %.0f quads/s%n",
                    b.loaderMedianSeconds(), runs, b.quads() / b.loaderMedianSeconds());
            out.printf(Locale.ROOT, "ratio ingest / loader: %.1f (with the compaction after it: %.1f)%n", b.ratio(),
                    b.ratioWithCompaction());
            out.printf(Locale.ROOT, "bulk path (ingest into an empty dataset): %.1f s, ratio bulk / loader: %.2f; peak heap %s,"
                    + " files %s%n", b.bulkSeconds(), b.bulkRatio(), Megabytes.of(b.bulkPeakHeap()), Megabytes.of(b.bulkDatasetBytes()));
            out.printf(Locale.ROOT, "peak heap in use: ingest %s, loader %s (max heap %s)%n", Megabytes.of(b.ingestPeakHeap()),
                    Megabytes.of(b.loaderPeakHeap()), Megabytes.of(Runtime.getRuntime().maxMemory()));
            out.printf(Locale.ROOT, "dataset: files %s (%s on disk), the loader's %s; N-Quads %s%n", Megabytes.of(b.datasetBytes()),
                    b.datasetDiskBytes() < 0 ? "?" : Megabytes.of(b.datasetDiskBytes()), Megabytes.of(b.loaderDatasetBytes()), Megabytes.of(b.nquadsBytes()));
            out.printf(Locale.ROOT, "compacted in %.1f s: files %s (%s on disk)%n", b.compactSeconds(), Megabytes.of(b.compactedBytes()),
                    b.compactedDiskBytes() < 0 ? "?" : Megabytes.of(b.compactedDiskBytes()));
            out.printf(Locale.ROOT, "largest files during the ingest: %s; compacted %d times while loading, in %.1f s%n",
                    Megabytes.of(b.peakDatasetBytes()), b.loadCompactions(), b.loadCompactSeconds());
        }
    }

    @Command(name = "live", mixinStandardHelpOptions = true,
            description = "Live ingest: a server with updates allowed, --count generated articles sent one request"
                    + " (one transaction) each, as ingest --endpoint sends them.")
    static final class LiveBenchCommand extends Generated {
        @Override
        void run(Path dir, PrintWriter out) {
            LiveBench b = LiveBench.run(count, seed, dir);
            out.printf(Locale.ROOT, "live ingest: %d pages (%d articles stored) sent one by one in %.1f s:"
                    + " %.1f pages/s, %.1f articles/s%n", b.pages(), b.articles(), b.seconds(), b.pagesPerSecond(), b.articles() / b.seconds());
        }
    }

    @Command(name = "queries", mixinStandardHelpOptions = true,
            description = "Every canned query, p50 and p95 in process and over HTTP (a server on the same dataset), after one"
                    + " warm-up run; parameters without a default take a value from the dataset.")
    static final class QueriesBenchCommand extends OnDataset {
        @Option(names = "--rounds", defaultValue = "20", description = "timed runs of each query (default ${DEFAULT-VALUE})")
        int rounds;

        @Override
        public Integer call() {
            QueryBench b = QueryBench.run(db, rounds);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%-16s %7s %9s %9s %9s %9s  %s%n", "query", "rows", "local p50", "local p95", "http p50",
                    "http p95", "parameters");
            for (QueryBench.Result r : b.results()) {
                out.printf(Locale.ROOT, "%-16s %7d %9.1f %9.1f %9.1f %9.1f  %s%n", r.query(), r.rows(), r.localP50(), r.localP95(),
                        r.httpP50(), r.httpP95(), r.params().isEmpty() ? "" : r.params());
            }
            out.printf(Locale.ROOT, "milliseconds, %d timed runs per query%n", b.rounds());
            return 0;
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Server start on an existing dataset: a new process runs serve --db DIR until its first query"
                    + " answers; the median of --starts starts.")
    static final class StartBenchCommand extends OnDataset {
        @Option(names = "--starts", defaultValue = "5", description = "starts (default ${DEFAULT-VALUE})")
        int starts;

        @Override
        public Integer call() {
            StartBench b = StartBench.run(db, starts);
            StringBuilder each = new StringBuilder();
            for (double s : b.seconds()) each.append(String.format(Locale.ROOT, " %.2f", s));
            spec.commandLine().getOut().printf(Locale.ROOT, "server start to first answer: median %.2f s (starts:%s)%n",
                    b.medianSeconds(), each);
            return 0;
        }
    }
}
