package org.diplograph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.diplograph.DiplographException;
import org.diplograph.corpus.Corpus;
import org.diplograph.server.DiplographServer;
import org.diplograph.server.IngestClient;
import org.diplograph.store.Store;

/**
 * Live ingest: a server runs with updates allowed behind a password, and {@code count} generated
 * pages are sent to it one request each, as {@code ingest --endpoint} sends them; the server
 * reads each as {@code ingest} does, teasers included, a page and its teasers in one transaction with
 * the counts they change.
 *
 * @param seconds from the first request sent to the last answer received
 */
public record LiveBench(int pages, int articles, double seconds) {

    public double pagesPerSecond() {
        return pages / seconds;
    }

    /** Runs the benchmark in {@code work}; what it writes there is removed afterwards. */
    public static LiveBench run(int count, long seed, Path work) {
        Measure.requireFreeSpace(work, Math.max(200_000_000L, count * IngestBench.BYTES_PER_PAGE), "Sending " + count + " articles");
        Path corpusDir = work.resolve("live-corpus");
        Path data = work.resolve("live");
        Path passwords = work.resolve("live-passwords");
        try {
            Corpus.Written corpus = Corpus.create().seed(seed).count(count).build().write(corpusDir);
            Files.writeString(passwords, "bench: " + Long.toHexString(System.nanoTime()) + Long.toHexString(seed) + "\n");
            Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));
            List<Path> files;
            try (Stream<Path> s = Files.list(corpus.pages())) {
                files = s.sorted().toList();
            }
            try (Store store = Store.open(data);
                 DiplographServer server = DiplographServer.create().store(store).port(0).updates(passwords).build().start()) {
                IngestClient client = IngestClient.of(server.datasetUrl(), passwords);
                int articles = 0;
                long t0 = System.nanoTime();
                for (Path f : files) {
                    IngestClient.Answer a = client.send(f, f.getFileName().toString());
                    if (a.failed() > 0) throw new DiplographException("the server failed to read " + f + ": " + a.problems());
                    articles += a.articlesNew() + a.articlesChanged();
                }
                return new LiveBench(files.size(), articles, (System.nanoTime() - t0) / 1e9);
            }
        } catch (IOException e) {
            throw new DiplographException("Cannot run the live ingest benchmark in " + work + ": " + e.getMessage(), e);
        } finally {
            Measure.delete(corpusDir);
            Measure.delete(data);
            Measure.delete(passwords);
        }
    }
}
