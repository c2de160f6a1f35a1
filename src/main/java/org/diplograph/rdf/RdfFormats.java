package org.diplograph.rdf;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.diplograph.DiplographException;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/** The interchange formats by the names the command line uses, each an RDF4J Rio format. */
public enum RdfFormats {
    TRIG(RDFFormat.TRIG), NQUADS(RDFFormat.NQUADS), JSONLD(RDFFormat.JSONLD), TURTLE(RDFFormat.TURTLE),
    RDFXML(RDFFormat.RDFXML), BINARY(RDFFormat.BINARY);

    private final RDFFormat rio;

    RdfFormats(RDFFormat rio) {
        this.rio = rio;
    }

    /** The Rio format. */
    public RDFFormat rio() {
        return rio;
    }

    /** True when the format keeps named graphs (TriG, N-Quads, JSON-LD, binary). */
    public boolean quads() {
        return rio.supportsContexts();
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return rio.getDefaultFileExtension();
    }

    /** The format of a command-line name ("trig", "nquads"...). */
    public static RdfFormats named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DiplographException("unknown format \"" + name + "\": use one of " + names());
        }
    }

    /** The Rio format a file name gives (any format Rio reads or writes: .trig, .nq, .brf, .jsonld, .rdf...). */
    public static RDFFormat rioFor(Path file) {
        String name = file.getFileName().toString();
        return Rio.getParserFormatForFileName(name).or(() -> Rio.getWriterFormatForFileName(name)).orElseThrow(() ->
                new DiplographException(file + ": cannot tell an RDF format from this file name (use ."
                        + Arrays.stream(values()).map(RdfFormats::extension).collect(Collectors.joining(", .")) + ")"));
    }

    /** The format of a file name, among those of this enum. */
    public static RdfFormats of(Path file) {
        RDFFormat f = rioFor(file);
        return Arrays.stream(values()).filter(v -> v.rio.equals(f)).findFirst().orElseThrow(() ->
                new DiplographException(file + ": " + f.getName() + " is not an export format (" + names() + ")"));
    }

    static String names() {
        return Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|"));
    }
}
