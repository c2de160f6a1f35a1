package org.diplograph.rdf;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplograph.DiplographException;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.UnsupportedRDFormatException;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;

/**
 * Reads RDF files with RDF4J Rio into Jena through {@link RioToJena}. Blank nodes get labels of
 * Rio's making, fresh for each file, so two files never share one by accident.
 */
public final class RdfImport {
    private RdfImport() {}

    /** Parses {@code file} (format from its name) into a new in-memory dataset. */
    public static DatasetGraph read(Path file) {
        return read(file, RdfFormats.rioFor(file));
    }

    /** Parses {@code file} in the given format, whatever its name, into a new in-memory dataset. */
    public static DatasetGraph read(Path file, RDFFormat format) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        read(file, format, StreamRDFLib.dataset(dsg));
        return dsg;
    }

    /**
     * Parses {@code file} into {@code out} (start and finish included).
     *
     * @throws DiplographException naming the file, and the line where Rio gives one, when it cannot be read
     */
    public static void read(Path file, StreamRDF out) {
        read(file, RdfFormats.rioFor(file), out);
    }

    private static void read(Path file, RDFFormat format, StreamRDF out) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            RDFParser parser = Rio.createParser(format);
            parser.getParserConfig().set(BasicParserSettings.PRESERVE_BNODE_IDS, false);
            parser.setRDFHandler(new RioToJena(out));
            parser.parse(in, file.toUri().toString());
        } catch (RDFParseException e) {
            String where = e.getLineNumber() > 0 ? ":" + e.getLineNumber() : "";
            throw new DiplographException(file + where + ": not valid " + format.getName() + ": " + e.getMessage(), e);
        } catch (IOException | UnsupportedRDFormatException | org.eclipse.rdf4j.rio.RDFHandlerException e) {
            throw new DiplographException(file + ": cannot read " + format.getName() + ": " + e.getMessage(), e);
        }
    }
}
