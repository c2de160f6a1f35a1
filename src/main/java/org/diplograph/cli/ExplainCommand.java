package org.diplograph.cli;

import java.util.concurrent.Callable;
import org.diplograph.export.Explanation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code explain [--db DIR | --endpoint URL] ARTICLE}: the article's sentences, each with the facts
 * it gave and the rule that produced each, its standing and confidence (see {@link Explanation}).
 * Exit 0, or 1 with one line naming what is wrong (no such article, no dataset, endpoint failing).
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Print an article's sentences, each with the facts it gave: kind, values, the id of the"
                + " extractor rule that produced it (dip:rule), standing and confidence.",
                "Exit status: 0 printed, 1 no such article or the graph could not be read."})
public final class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ARTICLE",
            description = "the article's key (dip:key, as query and export-facts name it), its IRI, or id:article/KEY")
    String article;

    @Mixin
    GraphSource source;

    @Override
    public Integer call() {
        return source.report(() -> source.run(runner -> Explanation.create(runner).explain(article).text()));
    }
}
