package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.List;
import org.diplograph.article.SourceReader;
import org.diplograph.store.GraphCounts;
import org.diplograph.store.Ingest;
import org.diplograph.store.IngestReport;
import org.diplograph.store.Store;

/** Runs an ingest for a command and prints what it loaded; problems go to standard error as they come. */
final class Loading {
    private Loading() {}

    static IngestReport ingest(Store store, List<String> paths, ReadOptions reading, PrintWriter out, PrintWriter err) {
        return ingest(store, paths, reading, false, out, err);
    }

    /** As above; {@code strict}: articles that break a SHACL shape are refused and count as failed. */
    static IngestReport ingest(Store store, List<String> paths, ReadOptions reading, boolean strict, PrintWriter out,
                               PrintWriter err) {
        int files = new SourceReader((origin, message) -> { }).files(paths).size();
        IngestReport r;
        ReadProgress shown;
        try (ReadProgress progress = new ReadProgress(files, System.console() != null)) {
            r = Ingest.create().store(store).maxArticleSize(reading.maxArticleSize).strict(strict)
                    .problems((origin, message) -> {
                        err.println("diplograph: " + origin + ": " + message);
                        err.flush();
                    })
                    .progress(progress)
                    .teasers(true)
                    .build().run(paths);
            shown = progress;
        }
        int tNew = shown.teasers(Ingest.Outcome.NEW);
        int tChanged = shown.teasers(Ingest.Outcome.CHANGED);
        int tUnchanged = shown.teasers(Ingest.Outcome.UNCHANGED);
        int teasers = tNew + tChanged + tUnchanged;
        out.printf("Loaded %s into %s: %d new, %d changed, %d unchanged articles%s%s%n", String.join(" ", paths),
                store.folder(), r.articlesNew() - tNew, r.articlesChanged() - tChanged, r.articlesUnchanged() - tUnchanged,
                teasers == 0 ? "" : ", and " + teasers + " teasers listed on their pages",
                r.failed() == 0 ? "" : "; " + r.failed() + (r.failed() == 1 ? " input" : " inputs") + " failed (see above)");
        if (r.failed() > 0) out.println(ReadSummary.skipped(r.problems()));
        long copies = ReadSummary.duplicates(store.dataset());
        if (copies > 0) out.printf("Duplicates: %d %s a story also loaded (linked to it by dip:duplicateOf)%n", copies,
                copies == 1 ? "article repeats" : "articles repeat");
        if (!r.violations().isEmpty()) {
            out.printf("Shapes: %d loaded articles break SHACL shapes (see above; --strict refuses them)%n",
                    r.violations().size());
        }
        counts(r.counts(), out);
        return r;
    }

    /** Nothing at all could be read: the only case a load ends with a non-zero exit status. */
    static boolean nothingRead(IngestReport r) {
        return r.articlesNew() + r.articlesChanged() + r.articlesUnchanged() == 0;
    }

    static void counts(GraphCounts c, PrintWriter out) {
        out.printf("Dataset: %d triples, %d articles, %d countries, %d organisations, %d persons, %d agreements, %d events%n",
                c.triples(), c.articles(), c.countries(), c.organisations(), c.persons(), c.agreements(), c.events());
        out.flush();
    }
}
