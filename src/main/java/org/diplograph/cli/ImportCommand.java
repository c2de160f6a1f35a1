package org.diplograph.cli;

import java.nio.file.Path;
import java.util.List;
import org.diplograph.rdf.GraphImport;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diplograph import [--db DIR] [--graph IRI] [--replace] [--strict] FILE...}: RDF files into the dataset. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Load RDF files of any format RDF4J Rio reads (TriG, N-Quads, JSON-LD, Turtle, RDF/XML,"
                + " N-Triples, RDF4J binary...) into the dataset's named graphs. Named graphs keep their names;"
                + " triples outside any go to --graph. The ontology graph and article graphs are not overwritten"
                + " without --replace. Article graphs are checked against the SHACL shapes, as ingest does.",
                "Exit status: 0 all files loaded, 1 some files failed or were refused, 2 usage error."})
final class ImportCommand extends StoreCommand {
    @Option(names = "--graph", paramLabel = "IRI", description = "The graph for triples outside any named graph.")
    String graph;

    @Option(names = "--replace", description = "Replace every graph a file names, the ontology and article graphs included.")
    boolean replace;

    @Option(names = "--strict", description = "Refuse a file whose article graphs break a SHACL shape.")
    boolean strict;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "RDF files; the format follows the extension.")
    List<Path> files;

    @Override
    int run() {
        try (Store store = OpenDataset.open(db)) {
            GraphImport.Result r = GraphImport.create().graph(graph).replace(replace).strict(strict)
                    .problems((origin, message) -> {
                        err().println("diplograph: " + origin + ": " + message);
                        err().flush();
                    })
                    .build().run(store.dataset(), files);
            if (r.loaded() > 0) org.diplograph.pipeline.Curation.sync(store, null);   // editors' corrections hold for imported articles too
            if (r.loaded() > 0) store.text().rebuild();   // the import wrote around the article sink, which keeps the index
            out().printf("Imported %d of %d files into %s: %d triples in %d graphs%s%n", r.loaded(), files.size(),
                    store.folder(), r.triples(), r.graphs().size(),
                    r.failed() == 0 ? "" : "; " + r.failed() + " failed (see above)");
            out().flush();
            return r.failed() == 0 ? OK : SOME_INPUTS_FAILED;
        }
    }
}
