package org.diplograph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.diplograph.DiplographException;
import org.diplograph.rdf.RdfExport;
import org.diplograph.rdf.RdfFormats;
import org.diplograph.store.ServerRecord;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code diplograph export [--db DIR | --endpoint URL] [--format F] [--graph IRI | --union] [--verify] FILE}:
 * the dataset, or one graph of it, as a file RDF4J, GraphDB and other RDF tools load, written by
 * RDF4J Rio. From an endpoint (or a server holding the folder) the named graphs are fetched with one
 * {@code CONSTRUCT { GRAPH ?g { ?s ?p ?o } }} query.
 */
@Command(name = "export", aliases = "export-rdf", mixinStandardHelpOptions = true,
        description = {"Write the dataset to FILE with RDF4J Rio, for RDF4J, GraphDB and other RDF tools.",
                "Quad formats (trig, nquads, jsonld, binary) keep every named graph; triple formats (turtle,"
                        + " rdfxml) need --graph or --union. binary is RDF4J's own format, the fastest for RDF4J"
                        + " and GraphDB to load.",
                "Exit status: 0 written (and verified), 1 error or verification failed, 2 usage error."})
final class ExportCommand implements java.util.concurrent.Callable<Integer> {
    private static final String ALL_GRAPHS = "CONSTRUCT { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }";

    @Mixin GraphSource source;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "trig, nquads, jsonld, turtle, rdfxml or binary (default: from the file name)")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Write this named graph only.")
    String graph;

    @Option(names = "--union", description = "Write the union of the named graphs as one graph (what queries see).")
    boolean union;

    @Option(names = "--verify", description = "Read the file back with Rio and compare it with the dataset, as graphs.")
    boolean verify;

    @Parameters(paramLabel = "FILE", description = "the file to write, such as diplograph.trig or diplograph.brf")
    Path file;

    @Override
    public Integer call() {
        return source.report(() -> {
            RdfFormats f = format != null ? RdfFormats.named(format) : RdfFormats.of(file);
            RdfExport export = RdfExport.create().format(f).graph(graph).union(union).build();
            return withDataset(dsg -> {
                RdfExport.Result r = export.write(dsg, file);
                StringBuilder out = new StringBuilder("Wrote " + r.statements() + " statements to " + file + " ("
                        + f.rio().getName() + ")\n");
                if (verify) {
                    List<String> differences = export.verify(dsg, file);
                    if (!differences.isEmpty()) {
                        throw new DiplographException(file + ": read back with Rio, it differs from the dataset:\n  "
                                + String.join("\n  ", differences));
                    }
                    out.append("Verified: read back with Rio, the file holds the same graphs as the dataset\n");
                }
                return out.toString();
            });
        });
    }

    private String withDataset(java.util.function.Function<DatasetGraph, String> body) {
        if (source.db != null && source.endpoint != null) throw new DiplographException("give --db or --endpoint, not both");
        Optional<String> endpoint = Optional.ofNullable(source.endpoint);
        Path dir = source.db != null ? source.db : Path.of(Defaults.DB);
        if (endpoint.isEmpty()) endpoint = ServerRecord.live(dir).map(url -> url + "/query");
        if (endpoint.isPresent()) {
            DatasetGraph fetched;
            try {
                fetched = QueryExecHTTP.service(endpoint.get()).query(QueryFactory.create(ALL_GRAPHS, Syntax.syntaxARQ))
                        .build().constructDataset();
            } catch (RuntimeException e) {
                throw new DiplographException("cannot fetch the graphs from " + endpoint.get() + ": " + e.getMessage(), e);
            }
            return body.apply(fetched);
        }
        if (!Store.exists(dir)) {
            throw new DiplographException("no dataset at " + dir + ": load articles into it first, or give --db or --endpoint");
        }
        try (Store store = OpenDataset.open(dir)) {
            return body.apply(store.dataset());
        }
    }
}
