package org.diplograph.rdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplograph.DiplographException;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.UnsupportedRDFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a dataset for RDF4J and GraphDB users with RDF4J Rio, the writer those tools read back
 * most faithfully. Jena quads are converted one by one to RDF4J statements and streamed to the
 * writer, so memory does not grow with the dataset.
 */
public final class RdfExport {
    private static final Logger LOG = LoggerFactory.getLogger(RdfExport.class);
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private RdfExport() {}

    /**
     * Writes every quad of {@code dsg} to {@code out} in the format Rio picks from the file name
     * ({@code .trig}, {@code .nq}, {@code .ttl}, {@code .nt}...), with the prefixes of MODEL.md
     * declared. A format without named graphs (Turtle, N-Triples) receives the default graph only.
     * Runs in a read transaction of its own unless the caller holds one. The file appears complete
     * or not at all: it is written beside the target and moved into place.
     *
     * @throws DiplographException naming the file if no writer fits its name or it cannot be written
     */
    public static void export(DatasetGraph dsg, Path out) {
        RDFFormat format = Rio.getWriterFormatForFileName(out.getFileName().toString()).orElseThrow(() ->
                new DiplographException(out + ": cannot tell an RDF format from this file name (use .trig, .nq, .ttl, .nt)"));
        if (dsg.supportsTransactions() && !dsg.isInTransaction()) {
            Txn.executeRead(dsg, () -> write(dsg, out, format));
        } else {
            write(dsg, out, format);
        }
    }

    private static void write(DatasetGraph dsg, Path out, RDFFormat format) {
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = null;
        long n = 0;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + out.getFileName(), ".part");
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                RDFWriter w = Rio.createWriter(format, os);
                w.startRDF();
                for (Map.Entry<String, String> e : Vocab.prefixes().getNsPrefixMap().entrySet()) {
                    w.handleNamespace(e.getKey(), e.getValue());
                }
                Iterator<Quad> it = format.supportsContexts() ? dsg.find() : defaultGraph(dsg);
                while (it.hasNext()) {
                    Quad q = it.next();
                    Resource ctx = q.isDefaultGraph() ? null : (Resource) value(q.getGraph());
                    w.handleStatement(VF.createStatement((Resource) value(q.getSubject()), VF.createIRI(q.getPredicate().getURI()),
                            value(q.getObject()), ctx));
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
            throw new DiplographException(out + ": cannot write " + format.getName() + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move has happened or the write failed; a stray .part file is harmless
                }
            }
        }
        LOG.info("Exported {} statements to {} ({})", n, out, format.getName());
    }

    private static Iterator<Quad> defaultGraph(DatasetGraph dsg) {
        return dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY);
    }

    /** A Jena term as an RDF4J value; language tags and datatypes kept, blank node labels kept. */
    static Value value(Node n) {
        if (n.isURI()) return VF.createIRI(n.getURI());
        if (n.isBlank()) return VF.createBNode(n.getBlankNodeLabel());
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return VF.createLiteral(n.getLiteralLexicalForm(), lang);
            return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new DiplographException("cannot export the RDF term " + n + ": only IRIs, blank nodes and literals");
    }
}
