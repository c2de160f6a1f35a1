package org.diplograph.cli;

import org.diplograph.article.SourceReader;
import picocli.CommandLine.Option;

/** The reading options of the commands that load articles. */
final class ReadOptions {
    @Option(names = "--max-article-size", paramLabel = "CHARS", defaultValue = "" + SourceReader.DEFAULT_MAX_ARTICLE_SIZE,
            description = "Largest article read, in characters (a page file: in bytes); larger ones are reported"
                    + " and skipped (default: ${DEFAULT-VALUE}).")
    long maxArticleSize = SourceReader.DEFAULT_MAX_ARTICLE_SIZE;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + LocalIngest.BATCH,
            description = "Articles written per transaction, each whole with its counts and links (default: ${DEFAULT-VALUE}).")
    int batch = LocalIngest.BATCH;

    @Option(names = "--compact-after", paramLabel = "N", defaultValue = "" + LocalIngest.COMPACT_AFTER,
            description = "Compact the dataset after a load that wrote N articles or more (see the compact command);"
                    + " 0: never (default: ${DEFAULT-VALUE}). A bulk load builds fresh files and is not compacted.")
    int compactAfter = LocalIngest.COMPACT_AFTER;

    @Option(names = "--bulk", negatable = true,
            description = "Load with Jena's parallel bulk loader into a new database, put in place of the dataset once"
                    + " complete (a stopped load leaves the dataset as it was). Chosen by itself when the dataset is"
                    + " empty; --bulk refuses a dataset that is not, --no-bulk writes transactions even into an empty one.")
    Boolean bulk;
}
