package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.diplograph.DiplographException;
import org.diplograph.bench.ExtractionBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph bench [--warmup S] [--repeat N] [--rounds N] [--threads N] [PATH...]}: measured extraction speed, never a test's assertion. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure extraction speed on one thread, then on --threads threads: the articles under PATH"
                + " (default seeds) extracted --repeat times per round; the median of --rounds rounds after --warmup seconds"
                + " of warm-up rounds. One thread is also timed by its own CPU time, the figure to compare on a busy machine.")
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "articles to extract (default: seeds)")
    List<String> paths;

    @Option(names = "--repeat", defaultValue = "200", description = "times each article is extracted per round (default ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--rounds", defaultValue = "5", description = "measured rounds (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--warmup", defaultValue = "20", paramLabel = "SECONDS",
            description = "seconds of warm-up rounds on one thread before the measured ones, as JMH warms up (default ${DEFAULT-VALUE}; 0: none)")
    double warmup;

    @Option(names = "--threads", description = "threads of the all-cores run (default: the available processors; 0: skip it)")
    Integer threads;

    /**
     * Measures and prints the speeds; exit status 0. When there is nothing to measure (no {@code seeds}
     * folder where it runs and no PATH given, or no article under the PATHs) one line on standard error
     * says what is missing, and the exit status is 1.
     */
    @Override
    public Integer call() {
        int n = threads != null ? Math.max(0, threads) : Runtime.getRuntime().availableProcessors();
        boolean seeds = paths == null || paths.isEmpty();
        if (seeds && !Files.isDirectory(Path.of("seeds"))) {
            return fail("no seeds folder in " + Path.of("").toAbsolutePath()
                    + ": run bench in the project folder or name the articles to measure");
        }
        ExtractionBench b;
        try {
            b = ExtractionBench.run(seeds ? List.of("seeds") : paths, repeat, Math.max(0, warmup), rounds, n);
        } catch (DiplographException e) {
            return fail(e.getMessage());
        }
        spec.commandLine().getOut().printf(Locale.ROOT,
                "extraction, one thread: %d articles (%.1f MB) per round; %d warm-up rounds (s):%s%n"
                        + "%d measured rounds (s):%s%n"
                        + "median: %.0f articles/s, %.2f MB/s; by the thread's CPU time: %.0f articles/s%n",
                b.articles(), b.bytes() / 1e6, b.warmupRoundSeconds().length, seconds(b.warmupRoundSeconds()),
                b.rounds(), seconds(b.roundSeconds()), b.articlesPerSecond(), b.megabytesPerSecond(),
                b.cpuArticlesPerSecond());
        if (b.threads() > 0) {
            spec.commandLine().getOut().printf(Locale.ROOT, "extraction, %d threads: median %.0f articles/s, %.2f MB/s%n",
                    b.threads(), b.allCoresArticlesPerSecond(), b.allCoresMegabytesPerSecond());
        }
        return 0;
    }

    private static String seconds(double[] rounds) {
        StringBuilder b = new StringBuilder();
        for (double s : rounds) b.append(String.format(Locale.ROOT, " %.2f", s));
        return b.toString();
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("diplograph: bench: " + message);
        spec.commandLine().getErr().flush();
        return 1;
    }
}
