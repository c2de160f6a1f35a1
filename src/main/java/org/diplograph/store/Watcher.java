package org.diplograph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.diplograph.DiplographException;
import org.diplograph.article.InputProblem;
import org.diplograph.article.SourceReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * Problems with a file are logged, as by {@code ingest}, and the watch goes on; a failure to write
 * the store stops the watch, logged as an error, while the server goes on serving what it has.
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
    private ScheduledExecutorService timer;

    private Watcher(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.folder = Objects.requireNonNull(b.folder, "folder");
        this.interval = b.interval;
        this.mapper = b.mapper;
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

        private Builder() {}

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
        List<Path> files = new SourceReader(InputProblem.logging()).files(List.of(folder.toString()));
        List<String> ready = new ArrayList<>();
        Map<Path, Seen> now = new HashMap<>();
        for (Path f : files) {
            Seen seen = look(f);
            if (seen == null) continue;
            now.put(f, seen);
            if (seen.equals(lastScan.get(f)) && !seen.equals(read.get(f))) ready.add(f.toString());
        }
        lastScan.clear();
        lastScan.putAll(now);
        if (ready.isEmpty()) return null;
        IngestReport r = Ingest.create().store(store).mapper(mapper).build().run(ready);
        for (String f : ready) read.put(Path.of(f), now.get(Path.of(f)));
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
