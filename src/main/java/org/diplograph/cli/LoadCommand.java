package org.diplograph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.diplograph.pipeline.PartitionLoad;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code diplograph load [--db DIR] [--loader auto|parallel|xloader] [--tmpdir DIR] PARTS...}: N-Quads
 * partitions into an empty dataset with one of Jena's bulk loaders ({@link PartitionLoad}).
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load N-Quads partitions (.nq or .nq.gz files, or folders of them, as written by export"
                + " or another tool) into an empty dataset with one of Jena's bulk loaders, then count the summary"
                + " graph and build the text index. The new database is put in place only when complete: a load"
                + " stopped before its end leaves the dataset as it was.",
                "The parallel loader runs in this process and is the faster while the database fits in memory; the"
                + " xloader (child processes, sorted files on disk) keeps its pace beyond. auto compares the database"
                + " the input will make with the memory beside the heap, and says so.",
                "A file that is not N-Quads is named with its line and left out; the others load.",
                "Exit status: 0 loaded, 1 some files left out, or the dataset is not empty or in use."})
final class LoadCommand extends StoreCommand {
    @Option(names = "--loader", paramLabel = "LOADER", defaultValue = "auto",
            description = "auto, parallel or xloader (default: ${DEFAULT-VALUE})")
    String loader;

    @Option(names = "--tmpdir", paramLabel = "DIR",
            description = "Where the xloader writes its sorted work files (about the input's size, compressed);"
                    + " default: inside the new database's folder.")
    Path tmpdir;

    @Parameters(paramLabel = "PARTS", arity = "1..*", description = "N-Quads files (.nq, .nq.gz) or folders of them")
    List<Path> parts;

    @Override
    int run() {
        PartitionLoad.Loader chosen;
        try {
            chosen = PartitionLoad.Loader.valueOf(loader.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err().println("diplograph: --loader is auto, parallel or xloader, not '" + loader + "'");
            return 2;
        }
        int[] problems = new int[1];
        PartitionLoad.Result r;
        try (Store store = OpenDataset.open(db)) {
            r = PartitionLoad.create().store(store).loader(chosen).tmpdir(tmpdir)
                    .problems((origin, message) -> {
                        problems[0]++;
                        err().println("diplograph: " + origin + ": " + message);
                        err().flush();
                    })
                    .build().run(parts);
        }
        out().printf(Locale.ROOT, "Loaded %d partitions (%,d quads, %,d MB of N-Quads) into %s with Jena's %s in %.1f s%n",
                r.loaded().size(), r.quads(), r.inputBytes() >> 20, db,
                r.loader() == PartitionLoad.Loader.PARALLEL ? "parallel loader" : "xloader", r.seconds());
        if (problems[0] > 0) out().println(problems[0] + " files or folders left out (see above)");
        out().flush();
        return problems[0] > 0 ? SOME_INPUTS_FAILED : OK;
    }
}
