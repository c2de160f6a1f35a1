package org.diplograph.pipeline;

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
import org.diplograph.server.DiplographServer;
import org.diplograph.server.SeedServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.store.GraphCounts;
import org.diplograph.store.Store;
import org.diplograph.server.DiplographServer;
import org.diplograph.store.TestPipeline;
import org.diplograph.server.SeedServer;

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

    @Tag("integration")
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

    @Test
    void aBadFileOrALinkOutsideTheFolderNeverStopsTheWatchAndIsReportedOnce() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Path secret = Files.writeString(Files.createDirectories(tmp.resolve("elsewhere")).resolve("shadow"),
                "Le ministre a reçu l'ambassadeur du Canada à Lima. SECRET-7f3a. Les deux parties ont évoqué la coopération.");
        Files.writeString(inbox.resolve("001-deep.json"), "[".repeat(100_000));
        Files.createSymbolicLink(inbox.resolve("001-shadow.txt"), secret);
        Files.copy(Path.of("seeds", SEED), inbox.resolve(SEED));
        List<String> problems = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (Store store = Store.open(tmp.resolve("data"))) {
            Watcher w = Watcher.create().store(store).folder(inbox).mapper(TestPipeline.mapper())
                    .problems((origin, message) -> problems.add(origin + ": " + message)).build();
            assertNull(w.scan(), "first sight");
            IngestReport r = w.scan();
            assertNotNull(r);
            assertEquals(1, r.articlesNew(), "the good file beside the bad ones");
            assertEquals(1, r.failed(), "the nested JSON");
            for (int i = 0; i < 3; i++) assertNull(w.scan(), "nothing new: nothing read again");

            Files.copy(Path.of("seeds", "003_102ef6e322b1fea5.txt"), inbox.resolve("later.txt"));
            assertNull(w.scan());
            IngestReport later = w.scan();
            assertNotNull(later, "a file dropped later is read");
            assertEquals(1, later.articlesNew());
            assertEquals(2, GraphCounts.of(store.dataset()).articles());

            assertEquals(1, problems.stream().filter(p -> p.contains("001-shadow.txt") && p.contains("points outside the input"))
                    .count(), problems.toString());
            assertEquals(1, problems.stream().filter(p -> p.contains("001-deep.json") && p.contains("nested deeper")).count(),
                    problems.toString());
            assertEquals(2, problems.size(), "each problem once, not at every scan: " + problems);
            org.apache.jena.sparql.core.DatasetGraph dsg = store.dataset();
            assertEquals(false, org.apache.jena.system.Txn.calculateRead(dsg, () -> {
                for (var it = dsg.find(); it.hasNext(); ) {
                    var o = it.next().getObject();
                    if (o.isLiteral() && o.getLiteralLexicalForm().contains("SECRET-7f3a")) return true;
                }
                return false;
            }), "the linked file's text is nowhere in the dataset");
        }
    }

    @Test
    void anEmptyDropFolderIsNoProblem() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("empty-inbox"));
        List<String> problems = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (Store store = Store.open(tmp.resolve("data"))) {
            Watcher w = Watcher.create().store(store).folder(inbox).mapper(TestPipeline.mapper())
                    .problems((origin, message) -> problems.add(origin + ": " + message)).build();
            for (int i = 0; i < 3; i++) assertNull(w.scan(), "nothing to read");
            assertEquals(List.of(), problems, "waiting for files is the watch's normal state");
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
