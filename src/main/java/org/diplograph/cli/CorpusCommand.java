package org.diplograph.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.diplograph.corpus.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph corpus [--seed S] [--count N] [--html] OUT}: generated stories to measure with. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = {"Write generated French wire stories (OUT/pages) and the facts each states (OUT/answers, in the"
                + " facts format), to measure speed and scale. The same seed writes the same bytes.",
                "Extraction scored on them is a robustness figure, not a measure of quality."})
final class CorpusCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "OUT", description = "folder to write pages/ and answers/ into")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--count", defaultValue = "1000", description = "number of stories (default ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--html", description = "write HTML pages instead of scraped text")
    boolean html;

    @Override
    public Integer call() {
        Corpus.Written w = Corpus.create().seed(seed).count(count).html(html).build().write(out);
        spec.commandLine().getOut().printf(Locale.ROOT, "%d stories (%d repeating an earlier one, %.1f MB of text) in %s,"
                        + " their facts in %s%n", w.articles(), w.duplicates(), w.characters() / 1e6, w.pages(), w.answers());
        return 0;
    }
}
