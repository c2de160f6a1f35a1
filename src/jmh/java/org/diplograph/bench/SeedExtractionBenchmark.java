package org.diplograph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diplograph.article.SourceDoc;
import org.diplograph.article.SourceReader;
import org.diplograph.extract.Extractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction on one thread over the sample pages repeated 200 times (1,000 articles per
 * invocation): the score is articles per second. Built and run only with the {@code jmh} Maven
 * profile, never by the tests; page reading is outside the measure, everything from page splitting
 * to facts inside, as in the {@code bench} command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class SeedExtractionBenchmark {
    private static final int REPEAT = 200;

    /** The folder of the sample pages, relative to where the benchmark is started. */
    @Param("seeds")
    public String seeds;

    private final List<SourceDoc> docs = new ArrayList<>();
    private Extractor extractor;

    @Setup
    public void read() {
        SourceReader reader = new SourceReader((origin, message) -> {
            throw new IllegalStateException(origin + ": " + message);
        });
        for (var f : reader.files(List.of(seeds))) reader.read(f, docs::add);
        if (docs.size() != 5) throw new IllegalStateException("expected the 5 sample pages under " + seeds + ", found " + docs.size());
        extractor = Extractor.create();
    }

    @Benchmark
    @OperationsPerInvocation(REPEAT * 5)
    public void seedsRepeated(Blackhole out) {
        for (int i = 0; i < REPEAT; i++) {
            for (SourceDoc d : docs) out.consume(extractor.extract(d));
        }
    }
}
