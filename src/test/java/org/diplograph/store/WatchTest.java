package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New article files are read into a served store once they stop growing. */
class WatchTest {
    private static final String SEED = "002_60b42acfeed2b7c8.txt";

    @TempDir Path tmp;

    @Test
    void readsAFileOnlyOnceItHasStoppedGrowing() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        byte[] text = Files.readAllBytes(Path.of("seeds", SEED));
        int half = text.length / 2;
        try (Store store = Store.open(tmp.resolve("data"))) {
            Watcher w = Watcher.create().store(store).folder(inbox).mapper(TestPipeline.mapper()).build();
            Path file = inbox.resolve(SEED);
            Files.write(file, java.util.Arrays.copyOf(text, half));
            assertNull(w.scan(), "first sight: not known to be complete");
            Files.write(file, java.util.Arrays.copyOfRange(text, half, text.length), StandardOpenOption.APPEND);
            assertNull(w.scan(), "grew since the last scan: still being written");
            assertEquals(0, GraphCounts.of(store.dataset()).articles());

            IngestReport r = w.scan();
            assertNotNull(r, "unchanged since the last scan: read");
            assertEquals(1, r.articlesNew());
            assertEquals(1, GraphCounts.of(store.dataset()).articles());
            assertNull(w.scan(), "read as it is: not read again");
        }
    }

    @Test
    void aServedStoreAnswersForFilesDroppedWhileItRuns() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        try (Store store = Store.open(tmp.resolve("data"));
             DiplographServer server = DiplographServer.create().store(store).port(0).build().start();
             Watcher w = Watcher.create().store(store).folder(inbox).interval(Duration.ofMillis(200))
                     .mapper(TestPipeline.mapper()).build().start()) {
            assertEquals("0", articles(server));
            for (String seed : List.of(SEED, "003_102ef6e322b1fea5.txt")) {
                Files.copy(Path.of("seeds", seed), inbox.resolve(seed));
            }
            awaitArticles(server, "2");
            Files.copy(Path.of("seeds", "004_ea3d89f4fc626edf.txt"), inbox.resolve("later.txt"));
            awaitArticles(server, "3");
        }
    }

    private static void awaitArticles(DiplographServer server, String expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String seen;
        while (!(seen = articles(server)).equals(expected)) {
            if (System.nanoTime() > deadline) fail("the server still counts " + seen + " articles, not " + expected);
            Thread.sleep(100);
        }
    }

    private static String articles(DiplographServer server) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.queryUrl()
                + "?query=" + URLEncoder.encode(SeedServer.ARTICLE_COUNT, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        return r.body().lines().skip(1).findFirst().orElse("").trim();
    }
}
