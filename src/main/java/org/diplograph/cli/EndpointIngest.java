package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.List;
import org.diplograph.article.SourceReader;
import org.diplograph.server.IngestClient;

/** {@code ingest --endpoint}: sends every input file to a running server and prints what it loaded. */
final class EndpointIngest {
    private EndpointIngest() {}

    /** Sends the files under {@code paths}; returns the number of inputs that failed. */
    static int send(IngestClient client, String endpoint, List<String> paths, PrintWriter out, PrintWriter err) {
        int[] failed = {0};
        List<SourceReader.Input> files = new SourceReader((origin, message) -> {
            err.println("diplograph: " + origin + ": " + message);
            failed[0]++;
        }).inputs(paths);
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (SourceReader.Input f : files) {
            // A refusal, an unreachable server or a server that cannot write would fail every file: it stops the run.
            // Named as a local ingest names it, so that sending and loading give the same dataset.
            IngestClient.Answer a = client.send(f.file(), f.name());
            a.problems().forEach(p -> err.println("diplograph: " + p));
            added += a.articlesNew();
            changed += a.articlesChanged();
            unchanged += a.articlesUnchanged();
            failed[0] += a.failed();
        }
        err.flush();
        out.printf("Sent %d files to %s: %d new, %d changed, %d unchanged articles%s%n", files.size(), endpoint, added,
                changed, unchanged, failed[0] == 0 ? "" : "; " + failed[0] + (failed[0] == 1 ? " input" : " inputs") + " failed (see above)");
        out.flush();
        return failed[0];
    }
}
