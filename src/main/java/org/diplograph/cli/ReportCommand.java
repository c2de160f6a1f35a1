package org.diplograph.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.report.ConsoleLink;
import org.diplograph.report.Report;
import org.diplograph.report.Summary;
import org.diplograph.server.DiplographServer;
import org.diplograph.store.ServerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code report [--db DIR | --endpoint URL] [--console URL] [--param QUERY.NAME=VALUE]... [--since PREVIOUS] [--from DATE] [--to DATE] OUTDIR}
 * runs the whole catalogue and writes CSV and JSON per query, the summary's JSON and one HTML page
 * with the summary and charts, each table linking to its query in the Fuseki console.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Run every canned query; write NAME.csv and NAME.json per query and report.html with charts and console links.")
public final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUTDIR", description = "folder for the report (created if missing)")
    Path outDir;

    @Option(names = {"-p", "--param"}, paramLabel = "QUERY.NAME=VALUE",
            description = "a parameter value for one query, e.g. office-on-date.date=2021-11-16; repeat for several")
    List<String> params = new ArrayList<>();

    @Option(names = "--console", paramLabel = "URL",
            description = "the console the tables link to, as a dataset or endpoint URL (default: the endpoint's, "
                    + "the running server's, else http://127.0.0.1:" + DiplographServer.DEFAULT_PORT + DiplographServer.DATASET + ")")
    String console;

    @Option(names = "--since", paramLabel = "PREVIOUS",
            description = "an earlier report's folder or its " + Summary.FILE + ": the summary then says what changed since "
                    + "(new pairs, agreements and events, counts up and down)")
    Path since;

    @Option(names = "--from", paramLabel = "DATE", description = "the first day of the report's period (YYYY-MM-DD)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "the last day of the report's period (YYYY-MM-DD)")
    LocalDate to;

    @Mixin
    GraphSource source;

    @Override
    public Integer call() {
        return source.report(() -> {
            Report.Builder report = Report.create().console(ConsoleLink.forEndpoint(consoleUrl()));
            report.period(from, to);
            if (since != null) report.since(Summary.read(since));   // read first: a wrong path fails before the queries run
            params.forEach(report::param);
            Report.Result result = source.run(runner -> report.runner(runner).build().write(outDir));
            StringBuilder text = new StringBuilder();
            text.append(result.ran().size()).append(" tables written to ").append(outDir).append(": ")
                    .append(result.page()).append(System.lineSeparator());
            result.skipped().forEach((name, why) -> text.append("not run: ").append(name).append(": ").append(why)
                    .append(System.lineSeparator()));
            return text.toString();
        });
    }

    private String consoleUrl() {
        if (console != null) return console;
        if (source.endpoint != null) return source.endpoint;
        return ServerRecord.live(source.db != null ? source.db : Path.of(Defaults.DB))
                .orElse("http://127.0.0.1:" + DiplographServer.DEFAULT_PORT + DiplographServer.DATASET);
    }
}
