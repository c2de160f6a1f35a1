package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.diplograph.extract.Extractor;
import org.diplograph.store.GraphCounts;
import org.diplograph.store.Ingest;
import org.diplograph.store.IngestReport;
import org.diplograph.store.Store;
import org.diplograph.store.StoredSources;

/** Runs an ingest for a command and prints what it loaded; problems go to standard error as they come. */
final class Loading {
    private Loading() {}

    static IngestReport ingest(Store store, List<String> paths, PrintWriter out, PrintWriter err) {
        IngestReport r = builder(store, err).build().run(paths);
        report(r, String.join(" ", paths), store, out);
        return r;
    }

    /** Extracts every stored article again from its stored text. */
    static IngestReport reextract(Store store, PrintWriter out, PrintWriter err) {
        IngestReport r = builder(store, err).build().reextract();
        report(r, "the stored texts", store, out);
        return r;
    }

    /** Tells when stored articles were read by another extractor version than this one. */
    static void olderExtractors(Store store, PrintWriter err) {
        Map<String, Integer> older = StoredSources.olderThan(store.dataset(), Extractor.VERSION);
        if (older.isEmpty()) return;
        int n = older.values().stream().mapToInt(Integer::intValue).sum();
        err.printf("diplograph: %d stored article%s read by an older extractor (version %s; this is %s):"
                + " run 'ingest --reextract' to read %s again%n", n, n == 1 ? " was" : "s were",
                String.join(", ", older.keySet()), Extractor.VERSION, n == 1 ? "it" : "them");
        err.flush();
    }

    private static Ingest.Builder builder(Store store, PrintWriter err) {
        return Ingest.create().store(store)
                .problems((origin, message) -> {
                    err.println("diplograph: " + origin + ": " + message);
                    err.flush();
                });
    }

    private static void report(IngestReport r, String what, Store store, PrintWriter out) {
        out.printf("Loaded %s into %s: %d new, %d changed, %d unchanged articles%s%n", what,
                store.folder(), r.articlesNew(), r.articlesChanged(), r.articlesUnchanged(),
                r.failed() == 0 ? "" : "; " + r.failed() + (r.failed() == 1 ? " input" : " inputs") + " failed (see above)");
        counts(r.counts(), out);
    }

    static void counts(GraphCounts c, PrintWriter out) {
        out.printf("Dataset: %d triples, %d articles, %d countries, %d organisations, %d persons, %d agreements, %d events%n",
                c.triples(), c.articles(), c.countries(), c.organisations(), c.persons(), c.agreements(), c.events());
        out.flush();
    }
}
