package org.diplograph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.export.FactsExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export-facts [--db DIR | --endpoint URL] [--teasers] OUTDIR} writes one {@code ARTICLE.json}
 * per article in the facts format, built from the graph by SPARQL, for the scorer.
 */
@Command(name = "export-facts", mixinStandardHelpOptions = true,
        description = "Write one ARTICLE.json per article with the facts the graph holds (the scorer's format).")
public final class ExportFactsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUTDIR", description = "folder for the JSON files (created if missing)")
    Path outDir;

    @Option(names = "--teasers", description = "also export teasers: other stories listed after a page's main story")
    boolean teasers;

    @Mixin
    GraphSource source;

    @Override
    public Integer call() {
        return source.report(() -> {
            List<Path> files = source.run(runner -> FactsExport.create(runner).teasers(teasers).write(outDir));
            return files.size() + " articles written to " + outDir + System.lineSeparator();
        });
    }
}
