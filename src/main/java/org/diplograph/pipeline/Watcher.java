package org.diplograph.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.diplograph.DiplographException;
import org.diplograph.article.InputProblem;
import org.diplograph.article.SourceReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.diplograph.rdf.ArticleMapper;
import org.diplograph.store.Store;

/**
 * Reads the article files dropped into a folder into a store that a server is serving, in the
 * server's own process (TDB2 lets one process hold a dataset, so no second process could).
 *
 * <pre>
 *   Watcher w = Watcher.create().store(store).folder(Path.of("inbox")).build().start();
 * </pre>
 *
 * <p>Every {@link Builder#interval interval} the folder is scanned (recursively, the files an ingest
 * would read). A file is read once it has stopped growing: when its size and modification time are
 * the same as at the previous scan, and differ from when it was last read. A file still being
 * copied is therefore left for a later scan. Ready files are read by one {@link Ingest} run, which
 * replaces each article's graph with its counts in one transaction: readers of the server see an
 * article whole or not at all, and an article already stored with the same text is skipped.
 * The folder is listed as {@code ingest} lists it ({@link SourceReader#inputs}): a symbolic link in
 * it is followed only to a file inside the folder, else reported and skipped.
 *
 * <p>Problems with a file go to the {@link Builder#problems problem policy} (logged, by default), as
 * with {@code ingest}, and the watch goes on: a file that cannot be read is read again only once it
 * changes, and a problem of the listing (a link pointing outside, a folder that cannot be listed) is
 * reported once, at the first scan that meets it, not at every scan. Even a fault in reading the ready
 * files is logged once and those files are left until they change; later files are read. Only a
 * failure to write the store stops the watch, logged as an error, while the server goes on serving
 * what it has.
 */
public final class Watcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Watcher.class);
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);

    /** What a scan saw of a file. */
    private record Seen(long size, long modified) {}

    private final Store store;
    private final Path folder;
    private final Duration interval;
    private final ArticleMapper mapper;
    private final Map<Path, Seen> lastScan = new HashMap<>();
    private final Map<Path, Seen> read = new HashMap<>();
    private final InputProblem problems;
    /** The listing's problems at the previous scan: reported when they first appear, not again. */
    private Set<IngestReport.Problem> listingProblems = Set.of();
    private ScheduledExecutorService timer;

    private Watcher(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.folder = Objects.requireNonNull(b.folder, "folder");
        this.interval = b.interval;
        this.mapper = b.mapper;
        this.problems = b.problems;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Options of a watcher; {@code store} and {@code folder} are required. */
    public static final class Builder {
        private Store store;
        private Path folder;
        private Duration interval = DEFAULT_INTERVAL;
        private ArticleMapper mapper = ArticleMapper.standard();
        private InputProblem problems = InputProblem.logging();

        private Builder() {}

        /** Where input problems go (default: logged at WARN); each is told once, not at every scan. */
        public Builder problems(InputProblem problems) {
            this.problems = Objects.requireNonNull(problems);
            return this;
        }

        public Builder store(Store store) {
            this.store = store;
            return this;
        }

        /** The folder to watch; it must exist. */
        public Builder folder(Path folder) {
            if (!Files.isDirectory(folder)) throw new DiplographException("Cannot watch " + folder + ": not a folder");
            this.folder = folder;
            return this;
        }

        /** Time between scans (default 2 s); a file is read at the second scan that finds it unchanged. */
        public Builder interval(Duration interval) {
            if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("interval must be positive");
            this.interval = interval;
            return this;
        }

        public Builder mapper(ArticleMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper);
            return this;
        }

        public Watcher build() {
            return new Watcher(this);
        }
    }

    /** Starts scanning on a thread of its own; returns at once. */
    public Watcher start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "diplograph-watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::scanLogged, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Watching {} for new articles (every {} ms)", folder, interval.toMillis());
        return this;
    }

    private void scanLogged() {
        try {
            scan();
        } catch (DiplographException e) {
            LOG.error("Watch of {} stopped: {}", folder, e.getMessage());
            timer.shutdown();
        } catch (RuntimeException e) {
            LOG.error("Watch of {}: scan failed; trying again at the next one", folder, e);
        }
    }

    /**
     * One scan: reads the files that are unchanged since the previous scan and not read as they are.
     *
     * @return the report of the ingest, or null when no file was ready
     */
    synchronized IngestReport scan() {
        Set<IngestReport.Problem> listed = new LinkedHashSet<>();
        // an empty drop folder is the watch's normal state, not a problem
        List<SourceReader.Input> files = new SourceReader((origin, message) -> {
            if (!message.equals(SourceReader.EMPTY_FOLDER)) listed.add(new IngestReport.Problem(origin, message));
        }).inputs(List.of(folder.toString()));
        for (IngestReport.Problem p : listed) {
            if (!listingProblems.contains(p)) problems.report(p.origin(), p.message());
        }
        listingProblems = listed;
        List<SourceReader.Input> ready = new ArrayList<>();
        Map<Path, Seen> now = new HashMap<>();
        for (SourceReader.Input f : files) {
            Seen seen = look(f.file());
            if (seen == null) continue;
            now.put(f.file(), seen);
            if (seen.equals(lastScan.get(f.file())) && !seen.equals(read.get(f.file()))) ready.add(f);
        }
        lastScan.clear();
        lastScan.putAll(now);
        if (ready.isEmpty()) return null;
        IngestReport r;
        try {
            // no count of the whole dataset per scan: at 100,000 articles it takes longer than the files
            r = Ingest.create().store(store).mapper(mapper).problems(problems).countDataset(false).build().read(ready);
        } catch (DiplographException e) {
            throw e;   // the store's failure, not the files': stops the watch
        } catch (RuntimeException e) {
            LOG.error("Watch of {}: reading {} failed; they are read again once they change", folder,
                    ready.stream().map(SourceReader.Input::name).toList(), e);
            return null;
        } finally {
            for (SourceReader.Input f : ready) read.put(f.file(), now.get(f.file()));
        }
        LOG.info("Watch: {} files read: {} new, {} changed, {} unchanged articles, {} failed", ready.size(),
                r.articlesNew(), r.articlesChanged(), r.articlesUnchanged(), r.failed());
        return r;
    }

    private static Seen look(Path f) {
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            return new Seen(a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;   // gone since the listing; the next scan will tell
        }
    }

    /** Stops scanning, waiting for a scan under way to finish. */
    @Override
    public void close() {
        if (timer == null) return;
        timer.shutdown();
        try {
            timer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
