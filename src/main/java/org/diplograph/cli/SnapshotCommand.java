package org.diplograph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.diplograph.DiplographException;
import org.diplograph.extract.Extractor;
import org.diplograph.server.IngestClient;
import org.diplograph.store.ServerRecord;
import org.diplograph.store.SnapshotManifest;
import org.diplograph.store.Store;
import org.diplograph.store.StoreSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * {@code diplograph snapshot [--db DIR] OUT}, {@code snapshot --verify OUT} and
 * {@code snapshot --endpoint URL --password-file FILE NAME}: the copies read replicas serve.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = {"Write a compacted, consistent copy of the dataset, its text index included, to the new folder OUT,"
                + " with a manifest (OUT/manifest.json: versions, article count, data format, SHA-256 of every file), for"
                + " read replicas ('serve --read-only --db COPY'). No server may hold the dataset; while one does, ask it"
                + " with --endpoint URL --password-file FILE NAME to write one under its data folder's snapshots/NAME.",
                "--verify OUT checks every file of OUT against its manifest.",
                "Exit status: 0 done (or verified), 1 refused, failed, or a file differs."})
final class SnapshotCommand extends StoreCommand {
    @Parameters(paramLabel = "OUT|NAME", description = "The new folder (or, with --endpoint, the snapshot's name on the server).")
    String target;

    @Option(names = "--verify", description = "Check the snapshot OUT against its manifest instead of writing one.")
    boolean verify;

    @Mixin ServerTarget server;

    @Override
    boolean usesFolder() {
        return false;   // checked in run, with a message that names --endpoint
    }

    @Override
    int run() {
        if (verify && server.given()) throw new ParameterException(spec.commandLine(), "--verify checks a folder: no --endpoint");
        if (verify) return verify(Path.of(target));
        Optional<IngestClient> client = server.client();
        if (client.isPresent()) {
            IngestClient.SnapshotAnswer a = client.get().snapshot(target);
            out().printf("Snapshot %s written by %s: %d articles, %d quads, %d files, %d MB (its data folder's snapshots/%s)%n",
                    a.name(), server.endpoint, a.articles(), a.quads(), a.files(), a.bytes() / 1_000_000, a.name());
            out().flush();
            return OK;
        }
        Optional<String> live = ServerRecord.live(db);
        if (live.isPresent()) {
            throw new DiplographException("The dataset in " + db + " is being served at " + live.get() + "; ask that server"
                    + " for the snapshot: 'diplograph snapshot --endpoint " + live.get() + " --password-file FILE NAME'");
        }
        if (!Store.exists(db)) throw new DiplographException("No dataset at " + db);
        Path out = Path.of(target);
        try (Store store = OpenDataset.open(db)) {
            StoreSnapshot.Result r = StoreSnapshot.write(store, out, Extractor.VERSION);
            out().printf("Snapshot of %s written to %s: %d articles, %d quads, %d files, %d MB%n", db, out,
                    r.manifest().articles(), r.manifest().quads(), r.manifest().files().size(), r.bytes() / 1_000_000);
            out().flush();
            return OK;
        }
    }

    private int verify(Path folder) {
        List<String> problems = SnapshotManifest.verify(folder);
        if (!problems.isEmpty()) {
            for (String p : problems) err().println("diplograph: " + p);
            err().println("diplograph: the snapshot " + folder + " does not match its manifest (" + problems.size()
                    + (problems.size() == 1 ? " file)" : " files)"));
            err().flush();
            return SOME_INPUTS_FAILED;
        }
        SnapshotManifest m = SnapshotManifest.read(folder);
        out().printf("Snapshot %s matches its manifest: %d files, %d articles, %d quads, data format %d, extractor %s, written %s%n",
                folder, m.files().size(), m.articles(), m.quads(), m.dataFormat(), m.extractor(), m.created());
        out().flush();
        return OK;
    }
}
