package org.diplograph.cli;

import java.nio.file.Path;
import org.diplograph.rdf.RdfExport;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code diplograph export-rdf [--db DIR] FILE}: the whole dataset as a file RDF4J, GraphDB and other
 * RDF tools load, written by RDF4J Rio in the format the file name gives.
 */
@Command(name = "export-rdf", mixinStandardHelpOptions = true,
        description = {"Write the dataset to FILE with RDF4J Rio, for RDF4J, GraphDB and other RDF tools.",
                "The format follows the extension: .trig or .nq keep every named graph; .ttl or .nt hold the"
                        + " default graph only. While a server holds the dataset, fetch it from its read-only"
                        + " graph store instead (GET http://127.0.0.1:PORT/diplo/get)."})
final class ExportRdfCommand extends StoreCommand {
    @Parameters(paramLabel = "FILE", description = "the file to write, such as diplograph.trig")
    Path file;

    @Override
    int run() {
        try (Store store = Store.open(db)) {
            RdfExport.export(store.dataset(), file);
        }
        out().println("Wrote " + file);
        return OK;
    }
}
