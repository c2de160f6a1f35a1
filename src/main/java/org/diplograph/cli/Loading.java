package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.List;
import org.diplograph.store.GraphCounts;
import org.diplograph.store.Ingest;
import org.diplograph.store.IngestReport;
import org.diplograph.store.Store;

/** Runs an ingest for a command and prints what it loaded; problems go to standard error as they come. */
final class Loading {
    private Loading() {}

    static IngestReport ingest(Store store, List<String> paths, PrintWriter out, PrintWriter err) {
        return ingest(store, paths, false, out, err);
    }

    /** As above; {@code strict}: articles that break a SHACL shape are refused and count as failed. */
    static IngestReport ingest(Store store, List<String> paths, boolean strict, PrintWriter out, PrintWriter err) {
        IngestReport r = Ingest.create().store(store).strict(strict)
                .problems((origin, message) -> {
                    err.println("diplograph: " + origin + ": " + message);
                    err.flush();
                })
                .build().run(paths);
        out.printf("Loaded %s into %s: %d new, %d changed, %d unchanged articles%s%n", String.join(" ", paths),
                store.folder(), r.articlesNew(), r.articlesChanged(), r.articlesUnchanged(),
                r.failed() == 0 ? "" : "; " + r.failed() + (r.failed() == 1 ? " input" : " inputs") + " failed (see above)");
        if (!r.violations().isEmpty()) {
            out.printf("Shapes: %d loaded articles break SHACL shapes (see above; --strict refuses them)%n",
                    r.violations().size());
        }
        counts(r.counts(), out);
        return r;
    }

    static void counts(GraphCounts c, PrintWriter out) {
        out.printf("Dataset: %d triples, %d articles, %d countries, %d organisations, %d persons, %d agreements, %d events%n",
                c.triples(), c.articles(), c.countries(), c.organisations(), c.persons(), c.agreements(), c.events());
        out.flush();
    }
}
