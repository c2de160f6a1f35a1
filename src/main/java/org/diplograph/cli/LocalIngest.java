package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.DiplographException;
import org.diplograph.article.SourceReader;
import org.diplograph.extract.Extractor;
import org.diplograph.store.Compaction;
import org.diplograph.store.GraphCounts;
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.store.Store;
import org.diplograph.pipeline.StoredSources;

/**
 * Runs an ingest into the command's own store ({@code ingest}, {@code up}) and prints what it loaded;
 * problems go to standard error as they come. Sending the files to a running server instead is
 * {@link EndpointIngest}.
 */
final class LocalIngest {
    private LocalIngest() {}

    /**
     * Reads {@code paths} into the store, teasers included, with a progress bar on a terminal.
     * {@code strict}: articles that break a SHACL shape are refused and count as failed.
     */
    static IngestReport ingest(Store store, List<String> paths, ReadOptions reading, boolean strict, PrintWriter out,
                               PrintWriter err) {
        int files = new SourceReader((origin, message) -> { }).files(paths).size();
        Set<Quad> linked = ReadSummary.duplicateLinks(store.dataset());
        IngestReport r;
        ReadProgress shown;
        boolean bulk = bulk(store, reading.bulk);
        try (ReadProgress progress = new ReadProgress(files, System.console() != null)) {
            Ingest.Builder b = bulk ? builder(err).store(store).mode(Ingest.Mode.BULK) : builder(store, err);
            r = b.maxArticleSize(reading.maxArticleSize).batch(reading.batch).strict(strict)
                    .progress(progress).teasers(true).build().run(paths);
            shown = progress;
        }
        report(r, String.join(" ", paths), store, shown, linked, out);
        int written = r.articlesNew() + r.articlesChanged();
        // a bulk load's database is freshly built: nothing to compact
        if (!bulk && reading.compactAfter > 0 && written >= reading.compactAfter) compacted(Compaction.run(store), store, out);
        return r;
    }

    /**
     * Articles written by one load from which the dataset is compacted afterwards (by default): below
     * that, what the transactions left behind is small next to the time compaction takes.
     */
    static final int COMPACT_AFTER = 1000;

    static void compacted(Compaction.Result c, Store store, PrintWriter out) {
        out.printf("Compacted %s: database files %s before, %s after%n", store.folder(), Megabytes.of(c.bytesBefore()),
                Megabytes.of(c.bytesAfter()));
        out.flush();
    }

    /** Extracts every stored article again from its stored text. */
    static IngestReport reextract(Store store, PrintWriter out, PrintWriter err) {
        Set<Quad> linked = ReadSummary.duplicateLinks(store.dataset());
        IngestReport r;
        ReadProgress shown;
        try (ReadProgress progress = new ReadProgress(0, false)) {
            r = builder(store, err).progress(progress).teasers(true).build().reextract();
            shown = progress;
        }
        report(r, "the stored texts", store, shown, linked, out);
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

    /**
     * Articles per transaction when loading from the command line: each commit leaves replaced blocks
     * behind until compaction, so fewer and larger batches write less. The summary counts are taken
     * once, at the end of the load ({@link Ingest.Mode#EXCLUSIVE}).
     */
    static final int BATCH = 1000;

    /** Threads that extract the next articles while the batch before is written: one per processor. */
    static final int WORKERS = Runtime.getRuntime().availableProcessors();

    /** How long a batch of the command line waits for more articles: its files are all at hand. */
    static final java.time.Duration BATCH_WAIT = java.time.Duration.ofSeconds(60);

    /**
     * Whether a load takes the bulk path: {@code asked} when given (true: a dataset that is not empty
     * is refused, with why), else when the dataset is empty.
     */
    private static boolean bulk(Store store, Boolean asked) {
        String refused = Ingest.bulkRefusal(store);
        if (Boolean.TRUE.equals(asked) && refused != null) {
            throw new DiplographException("--bulk: " + refused + "; load without --bulk to add to it, or into a new --db folder");
        }
        return asked != null ? asked : refused == null;
    }

    private static Ingest.Builder builder(Store store, PrintWriter err) {
        return builder(err).store(store).mode(Ingest.Mode.EXCLUSIVE).compaction(Compaction.whileLoading(store));
    }

    private static Ingest.Builder builder(PrintWriter err) {
        return Ingest.create().batch(BATCH).batchWait(BATCH_WAIT).workers(WORKERS)
                .problems((origin, message) -> {
                    err.println("diplograph: " + origin + ": " + message);
                    err.flush();
                });
    }

    /**
     * Prints what a load did. {@code linkedBefore}: the dip:duplicateOf links before the load, so that
     * the Duplicates line counts only the copies this load linked, not every copy the dataset holds.
     */
    private static void report(IngestReport r, String what, Store store, ReadProgress shown, Set<Quad> linkedBefore,
                               PrintWriter out) {
        int tNew = shown == null ? 0 : shown.teasers(Ingest.Outcome.NEW);
        int tChanged = shown == null ? 0 : shown.teasers(Ingest.Outcome.CHANGED);
        int tUnchanged = shown == null ? 0 : shown.teasers(Ingest.Outcome.UNCHANGED);
        int teasers = tNew + tChanged + tUnchanged;
        out.printf("Loaded %s into %s: %d new, %d changed, %d unchanged articles%s%s%n", what,
                store.folder(), r.articlesNew() - tNew, r.articlesChanged() - tChanged, r.articlesUnchanged() - tUnchanged,
                teasers == 0 ? "" : ", and " + teasers + " teasers listed on their pages",
                r.failed() == 0 ? "" : "; " + r.failed() + (r.failed() == 1 ? " input" : " inputs") + " failed (see above)");
        if (r.failed() > 0) out.println(ReadSummary.skipped(r.problems()));
        long copies = ReadSummary.duplicates(linkedBefore, ReadSummary.duplicateLinks(store.dataset()));
        if (copies > 0) out.printf("Duplicates: %d %s a story also loaded (linked to it by dip:duplicateOf)%n", copies,
                copies == 1 ? "article repeats" : "articles repeat");
        if (!r.violations().isEmpty()) {
            out.printf("Shapes: %d loaded articles break SHACL shapes (see above; --strict refuses them)%n",
                    r.violations().size());
        }
        counts(r.counts(), out);
    }

    /** Nothing at all could be read: the only case a load ends with a non-zero exit status. */
    static boolean nothingRead(IngestReport r) {
        return r.articlesNew() + r.articlesChanged() + r.articlesUnchanged() == 0;
    }

    static void counts(GraphCounts c, PrintWriter out) {
        out.printf("Dataset: %d quads, %d articles, %d countries, %d organisations, %d persons, %d agreements, %d events%n",
                c.triples(), c.articles(), c.countries(), c.organisations(), c.persons(), c.agreements(), c.events());
        out.flush();
    }
}
