package org.diplograph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.diplograph.article.SourceDoc;
import org.diplograph.article.SourceReader;
import org.diplograph.extract.Extractor;

/**
 * Extraction speed on one thread: the given articles extracted {@code repeat} times per round,
 * after warm-up rounds, the median of the measured rounds reported. Page reading is outside the
 * timing; everything from page splitting to facts is inside.
 *
 * @param articlesPerSecond median of the rounds
 * @param megabytesPerSecond median, counting the UTF-8 size of the source texts
 */
public record ExtractionBench(int articles, long bytes, int rounds, double articlesPerSecond, double megabytesPerSecond,
                              double[] roundSeconds) {

    /** Runs the benchmark over the articles under {@code paths}. */
    public static ExtractionBench run(List<String> paths, int repeat, int warmup, int rounds) {
        List<SourceDoc> docs = new ArrayList<>();
        SourceReader reader = new SourceReader((origin, message) -> { });
        for (var f : reader.files(paths)) reader.read(f, docs::add);
        if (docs.isEmpty()) throw new org.diplograph.DiplographException("no article to measure under " + paths);
        long bytes = 0;
        for (SourceDoc d : docs) bytes += d.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        Extractor x = Extractor.create();
        long sink = 0;
        double[] seconds = new double[rounds];
        for (int r = -warmup; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < repeat; i++) {
                for (SourceDoc d : docs) sink += x.extract(d).persons().size();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (r >= 0) seconds[r] = s;
        }
        if (sink < 0) throw new IllegalStateException(); // keeps the work observable
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[rounds / 2];
        int n = docs.size() * repeat;
        return new ExtractionBench(n, bytes * repeat, rounds, n / median, bytes * repeat / 1e6 / median, seconds);
    }
}
