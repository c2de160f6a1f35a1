package org.diplograph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplograph.DiplographException;
import org.diplograph.query.Catalogue;
import org.diplograph.query.ResultFormat;
import org.diplograph.query.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sparql [--db DIR | --endpoint URL] QUERY|@FILE [--format table|csv|json|md|turtle]} runs any
 * SELECT, ASK, CONSTRUCT or DESCRIBE query on the data folder, an endpoint, or the server holding the
 * folder ({@link GraphSource}, as {@code query} does).
 *
 * <p>The query may use the prefixes of the canned queries ({@code dip:}, {@code sem:}, {@code id:}
 * ... {@link Catalogue#prefixes}) without declaring them; one it declares wins. Results are written as
 * {@code query} writes them ({@link ResultFormat}), IRIs shortened by the query's prefixes in the two
 * tables: a SELECT as its rows, an ASK as one row {@code ask} holding true or false, a CONSTRUCT or
 * DESCRIBE as its triples, one row each ({@code subject, predicate, object}), or as Turtle with
 * {@code --format turtle}. Errors (a syntax error, an unreadable file, an endpoint that cannot be
 * reached or refuses) are one line on stderr and exit code 1.
 */
@Command(name = "sparql", mixinStandardHelpOptions = true,
        description = "Run any SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the dataset or an endpoint;"
                + " the canned queries' prefixes (dip:, sem:, id:, ...) need no PREFIX line.")
public final class SparqlCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY|@FILE", description = "the query text, or @ and the file that holds it")
    String query;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, json (SPARQL results) or md; turtle for CONSTRUCT and DESCRIBE (default: ${DEFAULT-VALUE})")
    String format;

    @Mixin
    GraphSource source;

    @Override
    public Integer call() {
        return source.report(() -> {
            boolean turtle = "turtle".equalsIgnoreCase(format.strip()) || "ttl".equalsIgnoreCase(format.strip());
            ResultFormat how = turtle ? ResultFormat.TABLE : ResultFormat.of(format);
            Query q = parse(text(query), Catalogue.load().prefixes());
            if (turtle && !(q.isConstructType() || q.isDescribeType())) {
                throw new DiplographException("--format turtle is for CONSTRUCT and DESCRIBE queries; this one is "
                        + q.queryType().name().toLowerCase(Locale.ROOT));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrefixMapping prefixes = q.getPrefixMapping();
            if (q.isSelectType()) {
                how.write(source.run(r -> r.select(q)), prefixes, out);
            } else if (q.isAskType()) {
                boolean yes = source.run(r -> r.ask(q));
                if (how == ResultFormat.JSON) ResultSetFormatter.outputAsJSON(out, yes);
                else if (how == ResultFormat.CSV) ResultSetFormatter.outputAsCSV(out, yes);
                else how.write(askTable(yes), prefixes, out);
            } else {
                Graph g = source.run(r -> r.graph(q));
                if (turtle) {
                    g.getPrefixMapping().setNsPrefixes(prefixes);
                    RDFDataMgr.write(out, g, Lang.TURTLE);
                } else {
                    how.write(triples(g), prefixes, out);
                }
            }
            return out.toString(StandardCharsets.UTF_8);
        });
    }

    /** The text of {@code arg}: itself, or with a leading {@code @} the UTF-8 file it names. */
    static String text(String arg) {
        if (!arg.startsWith("@")) return arg;
        Path file = Path.of(arg.substring(1));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DiplographException("no query file " + file);
        } catch (MalformedInputException e) {
            throw new DiplographException("the query file " + file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new DiplographException("cannot read the query file " + file + ": " + e.getMessage());
        }
    }

    /**
     * {@code text} parsed as SPARQL 1.1 with {@code prefixes} known beforehand, so that the query
     * need not declare them; its own declarations win.
     *
     * @throws DiplographException with the parser's first line, for text that is not a query
     */
    static Query parse(String text, PrefixMapping prefixes) {
        Query q = new Query();
        q.getPrefixMapping().setNsPrefixes(prefixes);
        try {
            QueryFactory.parse(q, text, null, Syntax.syntaxSPARQL_11);
            return q;
        } catch (QueryParseException e) {
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
            throw new DiplographException("not a SPARQL query: " + first);
        }
    }

    private static ResultTable askTable(boolean yes) {
        Binding row = Binding.builder().add(Var.alloc("ask"), NodeFactory.createLiteralDT(
                Boolean.toString(yes), XSDDatatype.XSDboolean)).build();
        return new ResultTable(List.of("ask"), List.of(row));
    }

    /** The triples of {@code g} as rows {@code subject, predicate, object}, in a stable order. */
    private static ResultTable triples(Graph g) {
        Var s = Var.alloc("subject");
        Var p = Var.alloc("predicate");
        Var o = Var.alloc("object");
        List<Binding> rows = g.find().toList().stream()
                .sorted(Comparator.comparing((Triple t) -> key(t.getSubject()))
                        .thenComparing(t -> key(t.getPredicate())).thenComparing(t -> key(t.getObject())))
                .map(t -> Binding.builder().add(s, t.getSubject()).add(p, t.getPredicate()).add(o, t.getObject()).build())
                .toList();
        return new ResultTable(List.of("subject", "predicate", "object"), rows);
    }

    private static String key(Node n) {
        return n.toString();
    }
}
