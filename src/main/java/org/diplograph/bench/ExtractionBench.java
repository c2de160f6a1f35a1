package org.diplograph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.diplograph.DiplographException;
import org.diplograph.article.SourceDoc;
import org.diplograph.article.SourceReader;
import org.diplograph.extract.Extractor;
import org.diplograph.resolve.Fingerprint;

/**
 * Extraction speed, on one thread and on all cores: the given articles extracted {@code repeat}
 * times per round, after warm-up rounds, the median of the measured rounds reported. Page reading
 * is outside the timing; everything from page splitting to facts is inside.
 *
 * <p>The warm-up is counted in seconds, not rounds, as JMH counts it: the JIT compiler goes on
 * compiling the extraction rules' larger methods for ten seconds or more, and rounds measured
 * before it is done time partly interpreted code, which no long ingest runs. Every warm-up round's
 * time is kept, so the drift to steady speed is there to read.
 *
 * <p>On one thread, the rate is given both by the clock and by the thread's own CPU time: on a
 * machine shared with other work the clock counts the time the thread waited for a core, its CPU
 * time does not, so the second is the one to compare between runs of a busy machine. On all cores,
 * one thread per available processor extracts its share of each round from the one shared
 * {@link Extractor}; the clock rate is the figure.
 *
 * @param articles articles extracted per round
 * @param bytes UTF-8 size of the source texts extracted per round
 * @param articlesPerSecond one thread: median of the rounds, by the clock
 * @param megabytesPerSecond one thread: median, by the clock
 * @param cpuArticlesPerSecond one thread: median of the rounds, by the thread's CPU time (0 when the JVM cannot tell)
 * @param roundSeconds one thread: the clock time of each measured round
 * @param warmupRoundSeconds one thread: the clock time of each warm-up round, in order
 * @param threads threads of the all-cores run (0 when it was not run)
 * @param allCoresArticlesPerSecond all cores: median of the rounds, by the clock
 * @param allCoresMegabytesPerSecond all cores: median, by the clock
 */
public record ExtractionBench(int articles, long bytes, int rounds, double articlesPerSecond, double megabytesPerSecond,
                              double cpuArticlesPerSecond, double[] roundSeconds, double[] warmupRoundSeconds, int threads,
                              double allCoresArticlesPerSecond, double allCoresMegabytesPerSecond) {

    /**
     * Runs the benchmark over the articles under {@code paths}: on one thread, warm-up rounds until
     * {@code warmupSeconds} have passed (none when 0), then {@code rounds} measured rounds; then, when
     * {@code threads} is 1 or more, two warm-up and {@code rounds} measured rounds on that many threads.
     */
    public static ExtractionBench run(List<String> paths, int repeat, double warmupSeconds, int rounds, int threads) {
        List<SourceDoc> docs = new ArrayList<>();
        SourceReader reader = new SourceReader((origin, message) -> { });
        for (var f : reader.files(paths)) reader.read(f, docs::add);
        if (docs.isEmpty()) throw new DiplographException("no article to measure under " + paths);
        long bytes = 0;
        for (SourceDoc d : docs) bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
        Extractor x = org.diplograph.rdf.ReferenceTables.load().extractor();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        boolean cpu = mx.isCurrentThreadCpuTimeSupported();
        List<Double> warm = new ArrayList<>();
        long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (warmupSeconds > 0 && (warm.isEmpty() || System.nanoTime() < warmEnd)) {
            long t0 = System.nanoTime();
            extract(x, docs, repeat);
            warm.add((System.nanoTime() - t0) / 1e9);
        }
        double[] seconds = new double[rounds];
        double[] cpuSeconds = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long c0 = cpu ? mx.getCurrentThreadCpuTime() : 0;
            long t0 = System.nanoTime();
            extract(x, docs, repeat);
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            cpuSeconds[r] = cpu ? (mx.getCurrentThreadCpuTime() - c0) / 1e9 : 0;
        }
        int n = docs.size() * repeat;
        double median = Measure.median(seconds);
        double cpuMedian = Measure.median(cpuSeconds);
        double all = 0;
        if (threads > 0) all = Measure.median(allCores(x, docs, repeat, 2, rounds, threads));
        return new ExtractionBench(n, bytes * repeat, rounds, n / median, bytes * repeat / 1e6 / median,
                cpuMedian > 0 ? n / cpuMedian : 0, seconds, warm.stream().mapToDouble(Double::doubleValue).toArray(), threads,
                all > 0 ? n / all : 0, all > 0 ? bytes * repeat / 1e6 / all : 0);
    }

    /** The clock time of each measured round, the round's {@code repeat} passes shared among the threads. */
    private static double[] allCores(Extractor x, List<SourceDoc> docs, int repeat, int warmup, int rounds, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double[] seconds = new double[rounds];
            for (int r = -warmup; r < rounds; r++) {
                long t0 = System.nanoTime();
                List<Future<Long>> parts = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int share = repeat / threads + (t < repeat % threads ? 1 : 0);
                    parts.add(pool.submit(() -> extract(x, docs, share)));
                }
                long sink = 0;
                for (Future<Long> f : parts) sink += f.get();
                double s = (System.nanoTime() - t0) / 1e9;
                if (sink < 0) throw new IllegalStateException(); // keeps the work observable
                if (r >= 0) seconds[r] = s;
            }
            return seconds;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplographException("extraction benchmark interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new DiplographException("extraction failed during the benchmark", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Extracts and fingerprints every article {@code repeat} times, as ingest does; returns a sum of
     * what was found, so the work cannot be skipped.
     */
    private static long extract(Extractor x, List<SourceDoc> docs, int repeat) {
        long sink = 0;
        for (int i = 0; i < repeat; i++) {
            for (SourceDoc d : docs) sink += Fingerprint.fingerprinted(x.extract(d)).persons().size();
        }
        if (sink < 0) throw new IllegalStateException();
        return sink;
    }
}
