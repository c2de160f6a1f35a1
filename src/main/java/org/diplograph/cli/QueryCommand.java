package org.diplograph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.diplograph.DiplographException;
import org.diplograph.query.CannedQuery;
import org.diplograph.query.Catalogue;
import org.diplograph.query.ParamSpec;
import org.diplograph.query.Params;
import org.diplograph.query.ResultFormat;
import org.diplograph.query.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code query NAME [--db DIR | --endpoint URL] [--param k=v]... [--format table|csv|json|md]} runs a
 * canned query from {@code queries/}; {@code query --list} shows them; {@code --sparql} prints the
 * query with its parameters substituted, to paste into the console or another tool. Results go to stdout, notices
 * and errors to stderr; the exit code is 0 on success, 1 on an error the message explains.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a canned query on the dataset or an endpoint; --list shows the queries and their parameters.")
public final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "the query, as listed by --list")
    String name;

    @Option(names = "--list", description = "list the canned queries with their summaries and parameters")
    boolean list;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "a parameter value; repeat for several")
    List<String> params = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, json (SPARQL results) or md (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--sparql", description = "print the query with its parameters substituted, as it would run, instead of running it")
    boolean sparql;

    @Mixin
    GraphSource source;

    @Override
    public Integer call() {
        return source.report(() -> {
            Catalogue catalogue = Catalogue.load();
            if (list) return listing(catalogue);
            if (name == null) throw new DiplographException("give a query NAME, or --list to see them");
            CannedQuery query = catalogue.get(name);
            Params values = Params.parse(query, params);
            if (sparql) return values.applyTo(query.query()).serialize();
            ResultFormat how = ResultFormat.of(format);
            ResultTable table = source.run(runner -> runner.run(query, values));
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            how.write(table, query.prefixes(), buffer);
            return buffer.toString(StandardCharsets.UTF_8);
        });
    }

    private static String listing(Catalogue catalogue) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        int width = catalogue.list().stream().mapToInt(q -> q.name().length()).max().orElse(0) + 2;
        String indent = " ".repeat(width);
        for (CannedQuery q : catalogue.list()) {
            out.println(q.name() + " ".repeat(width - q.name().length()) + q.summary());
            if (!q.params().isEmpty()) {
                out.println(indent + "params: " + q.params().stream().map(ParamSpec::toString).collect(Collectors.joining(", ")));
            }
            out.println(indent + "returns: " + String.join(", ", q.returns()));
        }
        out.flush();
        return text.toString();
    }
}
