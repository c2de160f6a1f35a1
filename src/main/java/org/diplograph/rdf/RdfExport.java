package org.diplograph.rdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplograph.DiplographException;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.UnsupportedRDFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a dataset, or one graph of it, with RDF4J Rio: the writer RDF4J and GraphDB read back
 * most faithfully, and the only one for RDF4J's binary format. Jena quads are converted one by one
 * and streamed to the writer, so memory does not grow with the dataset.
 *
 * <pre>
 *   RdfExport.Result r = RdfExport.create().format(RdfFormats.BINARY).build().write(dsg, Path.of("all.brf"));
 *   List&lt;String&gt; differences = RdfExport.create().format(RdfFormats.BINARY).build().verify(dsg, Path.of("all.brf"));
 * </pre>
 *
 * <p>What is written: by default every quad, with its named graph, which only a quad format
 * (TriG, N-Quads, JSON-LD, binary) can hold; {@link Builder#graph} one named graph; {@link
 * Builder#union} the union of the named graphs, as the server's default graph shows it, each
 * triple once. A triple format (Turtle, RDF/XML) needs one of the last two, and gets triples only.
 * The file appears complete or not at all: it is written beside the target and moved into place.
 */
public final class RdfExport {
    private static final Logger LOG = LoggerFactory.getLogger(RdfExport.class);

    private final RdfFormats format;
    private final Node graph;
    private final boolean union;

    private RdfExport(Builder b) {
        this.format = b.format;
        this.graph = b.graph;
        this.union = b.union;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Options of an export; {@code format} is required. */
    public static final class Builder {
        private RdfFormats format;
        private Node graph;
        private boolean union;

        private Builder() {}

        public Builder format(RdfFormats format) {
            this.format = format;
            return this;
        }

        /** Writes this named graph only. */
        public Builder graph(String iri) {
            this.graph = iri == null ? null : NodeFactory.createURI(iri);
            return this;
        }

        /** Writes the union of the named graphs as one graph. */
        public Builder union(boolean union) {
            this.union = union;
            return this;
        }

        /** @throws DiplographException when the options do not fit together */
        public RdfExport build() {
            if (format == null) throw new DiplographException("no export format given");
            if (graph != null && union) throw new DiplographException("give --graph or --union, not both");
            if (!format.quads() && graph == null && !union) {
                throw new DiplographException(format.rio().getName() + " holds one graph: give --graph IRI or --union"
                        + " (or use a quad format: trig, nquads, jsonld, binary)");
            }
            return new RdfExport(this);
        }
    }

    /** What was written. */
    public record Result(Path file, RdfFormats format, long statements) {}

    /** The whole dataset to {@code out}, in the format its name gives (a quad format). */
    public static Result export(DatasetGraph dsg, Path out) {
        return create().format(RdfFormats.of(out)).build().write(dsg, out);
    }

    /**
     * Writes the selected statements of {@code dsg} to {@code out}, with the prefixes of MODEL.md.
     * Runs in a read transaction of its own unless the caller holds one. The file appears whole (written
     * beside it, then moved) and new with the mode the umask gives any new file.
     *
     * @throws DiplographException naming the file when it cannot be written, or the graph is empty
     */
    public Result write(DatasetGraph dsg, Path out) {
        return inRead(dsg, () -> writeNow(dsg, out));
    }

    /**
     * Parses {@code file} again with Rio and compares it with the selection of {@code dsg}, as graphs
     * (isomorphism: blank nodes may be renamed, nothing else may differ).
     *
     * @return one line per difference (a graph missing, added or not the same); empty when equal
     */
    public List<String> verify(DatasetGraph dsg, Path file) {
        DatasetGraph back = RdfImport.read(file, format.rio());
        return inRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            if (!format.quads() || union) {
                compare("the " + (union ? "union graph" : "graph " + graph.getURI()), selected(dsg), back.getDefaultGraph(), out);
                if (back.listGraphNodes().hasNext()) out.add("named graphs in a single-graph export");
                return out;
            }
            if (graph == null) compare("the default graph", dsg.getDefaultGraph(), back.getDefaultGraph(), out);
            Set<String> mine = names(dsg);
            Set<String> theirs = names(back);
            if (graph != null) mine.retainAll(Set.of(graph.getURI()));
            for (String g : mine) {
                if (!theirs.remove(g)) out.add("graph " + g + " is missing from the file");
                else compare("graph " + g, dsg.getGraph(NodeFactory.createURI(g)), back.getGraph(NodeFactory.createURI(g)), out);
            }
            theirs.forEach(g -> out.add("graph " + g + " is in the file, not in the dataset"));
            return out;
        });
    }

    private static void compare(String what, Graph expected, Graph actual, List<String> out) {
        if (expected.size() != actual.size()) {
            out.add(what + ": " + expected.size() + " triples in the dataset, " + actual.size() + " in the file");
        } else if (!expected.isIsomorphicWith(actual)) {
            out.add(what + ": not the same triples");
        }
    }

    private static Set<String> names(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!dsg.getGraph(g).isEmpty()) out.add(g.getURI());
        });
        return out;
    }

    private Graph selected(DatasetGraph dsg) {
        return union ? dsg.getUnionGraph() : dsg.getGraph(graph);
    }

    private Iterator<Quad> quads(DatasetGraph dsg) {
        if (union) return dsg.getUnionGraph().find().mapWith(t -> Quad.create(Quad.defaultGraphIRI, t));
        if (graph != null) return dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
        return dsg.find();
    }

    private Result writeNow(DatasetGraph dsg, Path out) {
        if (graph != null && dsg.getGraph(graph).isEmpty()) {
            throw new DiplographException("the dataset has no graph " + graph.getURI() + " (or it is empty)");
        }
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = null;
        long n = 0;
        try {
            Files.createDirectories(dir);
            // not Files.createTempFile, whose rw------- would stay on the export: a new file, mode from the umask
            tmp = dir.resolve("." + out.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".part");
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE))) {
                RDFWriter w = Rio.createWriter(format.rio(), os);
                w.startRDF();
                for (Map.Entry<String, String> e : Vocab.prefixes().getNsPrefixMap().entrySet()) {
                    w.handleNamespace(e.getKey(), e.getValue());
                }
                Iterator<Quad> it = quads(dsg);
                while (it.hasNext()) {
                    w.handleStatement(RioTerms.statement(it.next(), format.quads() && !union));
                    n++;
                }
                w.endRDF();
            }
            try {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RDFHandlerException | UnsupportedRDFormatException e) {
            throw new DiplographException(out + ": cannot write " + format.rio().getName() + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move has happened or the write failed; a stray .part file is harmless
                }
            }
        }
        LOG.info("Exported {} statements to {} ({})", n, out, format.rio().getName());
        return new Result(out, format, n);
    }

    private static <T> T inRead(DatasetGraph dsg, Supplier<T> body) {
        if (dsg.supportsTransactions() && !dsg.isInTransaction()) return Txn.calculateRead(dsg, body);
        return body.get();
    }
}
