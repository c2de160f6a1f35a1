package org.diplograph.rdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplograph.DiplographException;
import org.diplograph.article.InputProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads RDF files of any format Rio reads into a dataset's named graphs.
 *
 * <pre>
 *   GraphImport.Result r = GraphImport.create().graph(iri).replace(true).build().run(dsg, files);
 * </pre>
 *
 * <p>Each file is parsed whole (with {@link RdfImport}) before anything is written, then written in
 * one write transaction, so a file that cannot be read or is refused leaves the dataset as it was,
 * and the next file is loaded all the same. A named graph of the file keeps its name; the file's
 * triples outside any named graph go to {@link Builder#graph}, which a triple format needs. A graph
 * that exists is added to, except that the ontology graph and article graphs are never overwritten
 * unless {@link Builder#replace} is set; with it every graph the file names is replaced whole.
 * Article graphs are checked against the SHACL shapes as ingest checks them: their violations are
 * reported, and with {@link Builder#strict} the file is refused. Importing the same file twice with
 * {@code replace} leaves the same dataset.
 */
public final class GraphImport {
    private static final Logger LOG = LoggerFactory.getLogger(GraphImport.class);

    private final Node graph;
    private final boolean replace;
    private final boolean strict;
    private final InputProblem problems;

    private GraphImport(Builder b) {
        this.graph = b.graph;
        this.replace = b.replace;
        this.strict = b.strict;
        this.problems = b.problems;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Options of an import. */
    public static final class Builder {
        private Node graph;
        private boolean replace;
        private boolean strict;
        private InputProblem problems = InputProblem.logging();

        private Builder() {}

        /** The graph that receives triples outside any named graph. */
        public Builder graph(String iri) {
            this.graph = iri == null ? null : NodeFactory.createURI(iri);
            return this;
        }

        /** Replace every graph a file names, the ontology and article graphs included. */
        public Builder replace(boolean replace) {
            this.replace = replace;
            return this;
        }

        /** Refuse a file whose article graphs break a SHACL shape. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** Where problems and shape violations go, each with the file at fault (default: logged). */
        public Builder problems(InputProblem problems) {
            this.problems = Objects.requireNonNull(problems);
            return this;
        }

        public GraphImport build() {
            return new GraphImport(this);
        }
    }

    /**
     * What an import did.
     *
     * @param loaded     files written
     * @param failed     files refused or unreadable, each reported
     * @param triples    triples in the files written
     * @param graphs     graphs written, by IRI
     * @param violations shape violations of article graphs that were loaded all the same
     */
    public record Result(int loaded, int failed, long triples, List<String> graphs, int violations) {}

    public Result run(DatasetGraph dsg, List<Path> files) {
        int loaded = 0;
        int failed = 0;
        long triples = 0;
        int violations = 0;
        List<String> graphs = new ArrayList<>();
        for (Path file : files) {
            try {
                Map<String, Graph> content = content(file);
                violations += check(file, content);
                Txn.executeWrite(dsg, () -> {
                    refuseOverwrites(file, dsg, content);
                    content.forEach((iri, g) -> {
                        Node name = NodeFactory.createURI(iri);
                        if (replace) dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                        g.find().forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
                    });
                });
                loaded++;
                for (Map.Entry<String, Graph> e : content.entrySet()) {
                    triples += e.getValue().size();
                    graphs.add(e.getKey());
                }
                LOG.info("Imported {}: {} graphs", file, content.size());
            } catch (DiplographException e) {
                failed++;
                report(file, e.getMessage());
            }
        }
        return new Result(loaded, failed, triples, graphs, violations);
    }

    /** Reports a problem of {@code file}; a message that starts with the file's name (and line) keeps it as origin. */
    private void report(Path file, String message) {
        String origin = file.toString();
        int colon = message.indexOf(": ", origin.length());
        if (message.startsWith(origin) && colon >= 0) {
            problems.report(message.substring(0, colon), message.substring(colon + 2));
        } else {
            problems.report(origin, message);
        }
    }

    /** The file's triples by target graph. */
    private Map<String, Graph> content(Path file) {
        DatasetGraph parsed = RdfImport.read(file);
        Map<String, Graph> out = new TreeMap<>();
        parsed.listGraphNodes().forEachRemaining(g -> {
            if (!g.isURI()) throw new DiplographException("a graph named by a blank node cannot be stored");
            out.put(g.getURI(), copy(parsed.getGraph(g), out.get(g.getURI())));
        });
        if (!parsed.getDefaultGraph().isEmpty()) {
            if (graph == null) {
                throw new DiplographException(parsed.getDefaultGraph().size() + " triples outside any named graph:"
                        + " give --graph IRI to say where they go");
            }
            out.put(graph.getURI(), copy(parsed.getDefaultGraph(), out.get(graph.getURI())));
        }
        if (out.isEmpty()) throw new DiplographException("no triples");
        return out;
    }

    private static Graph copy(Graph from, Graph into) {
        Graph g = into != null ? into : GraphFactory.createDefaultGraph();
        from.find().forEach(g::add);
        return g;
    }

    private int check(Path file, Map<String, Graph> content) {
        int n = 0;
        for (Map.Entry<String, Graph> e : content.entrySet()) {
            if (!e.getKey().startsWith(Iris.ARTICLE_GRAPHS)) continue;
            List<String> lines = Validator.violations(e.getValue());
            if (lines.isEmpty()) continue;
            String message = "graph " + e.getKey() + " breaks " + lines.size() + " shape constraint(s): "
                    + String.join("; ", lines);
            if (strict) throw new DiplographException(message + "; not loaded (strict)");
            report(file, message + "; loaded all the same");
            n++;
        }
        return n;
    }

    private void refuseOverwrites(Path file, DatasetGraph dsg, Map<String, Graph> content) {
        if (replace) return;
        for (String iri : content.keySet()) {
            boolean guarded = iri.equals(Iris.ONTOLOGY_GRAPH) || iri.startsWith(Iris.ARTICLE_GRAPHS);
            if (guarded && !dsg.getGraph(NodeFactory.createURI(iri)).isEmpty()) {
                throw new DiplographException("the dataset already has graph " + iri + "; give --replace to overwrite it");
            }
        }
    }
}
