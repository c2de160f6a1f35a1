package org.diplograph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplograph.query.CannedQuery;
import org.diplograph.query.Catalogue;
import org.diplograph.query.ParamSpec;
import org.diplograph.query.ParamType;
import org.diplograph.query.Params;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultTable;

/**
 * Load benchmark, not a test (never run by the build): N clients run the canned queries over HTTP
 * for a fixed time against a served dataset while new article files are dropped into the folder the
 * server watches, so articles are added under load. Prints requests, errors, articles added and
 * latency percentiles, overall and per query. Exit status 1 when any request failed.
 *
 * <pre>
 *   java -cp "$(cat target/test-classpath.txt):target/classes:target/test-classes" \
 *       org.diplograph.store.LoadBench [CLIENTS=16] [SECONDS=60] [NEW_ARTICLES=100]
 * </pre>
 *
 * The dataset starts with the seeds and 200 generated articles; the new articles are generated too.
 */
public final class LoadBench {
    private LoadBench() {}

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int newArticles = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Path work = Files.createTempDirectory("diplograph-load");
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path feed = GeneratedArticles.write(work.resolve("feed"), 200 + newArticles);

        try (Store store = Store.open(work.resolve("data"))) {
            List<String> base = new ArrayList<>(List.of("seeds"));
            try (var files = Files.list(feed)) {
                files.sorted().limit(200).forEach(f -> base.add(f.toString()));
            }
            Ingest.create().store(store).build().run(base);
            long startArticles = GraphCounts.of(store.dataset()).articles();

            try (DiplographServer server = DiplographServer.create().store(store).port(0).build().start();
                 Watcher watcher = Watcher.create().store(store).folder(inbox).interval(Duration.ofMillis(500)).build().start()) {
                List<Call> calls = calls(QueryRunner.local(store.dataset()));
                Map<String, List<Long>> micros = new ConcurrentHashMap<>();
                List<String> errors = new CopyOnWriteArrayList<>();
                AtomicInteger requests = new AtomicInteger();
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);

                ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
                pool.submit(() -> feed(feed, inbox, newArticles, end));
                for (int c = 0; c < clients; c++) {
                    int first = c;
                    pool.submit(() -> {
                        QueryRunner remote = QueryRunner.remote(server.queryUrl());
                        Map<String, List<Long>> mine = new HashMap<>();
                        for (int i = first; System.nanoTime() < end; i++) {
                            Call call = calls.get(i % calls.size());
                            long t0 = System.nanoTime();
                            try {
                                remote.run(call.query(), call.params());
                                mine.computeIfAbsent(call.query().name(), k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1000);
                            } catch (RuntimeException e) {
                                errors.add(call.query().name() + ": " + e.getMessage());
                            }
                            requests.incrementAndGet();
                        }
                        mine.forEach((k, v) -> micros.computeIfAbsent(k, x -> new CopyOnWriteArrayList<>()).addAll(v));
                        return null;
                    });
                }
                pool.shutdown();
                pool.awaitTermination(seconds + 600L, TimeUnit.SECONDS);
                watcher.close();

                long added = GraphCounts.of(store.dataset()).articles() - startArticles;
                List<Long> all = new ArrayList<>();
                micros.values().forEach(all::addAll);
                System.out.printf("%d clients, %d s: %d requests (%.0f/s), %d errors, %d articles added while serving (%d → %d)%n",
                        clients, seconds, requests.get(), requests.get() / (double) seconds, errors.size(), added,
                        startArticles, startArticles + added);
                System.out.printf("all queries: p50 %s, p99 %s%n", percentile(all, 50), percentile(all, 99));
                micros.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> System.out.printf(
                        "  %-14s n=%-6d p50 %-9s p99 %s%n", e.getKey(), e.getValue().size(),
                        percentile(e.getValue(), 50), percentile(e.getValue(), 99)));
                errors.stream().limit(10).forEach(e -> System.out.println("error: " + e));
                if (!errors.isEmpty()) System.exit(1);
            }
        }
    }

    /** One canned query with the parameters it is run with. */
    private record Call(CannedQuery query, Params params) {}

    /** Every canned query; a parameter without default gets a value from the dataset (a person, a word). */
    private static List<Call> calls(QueryRunner local) {
        String person = local.select(org.apache.jena.query.QueryFactory.create(
                "SELECT ?p { ?p a <https://w3id.org/diplograph/ontology#Person> } ORDER BY ?p LIMIT 1"))
                .get(0, "p").getURI();
        List<Call> calls = new ArrayList<>();
        for (CannedQuery q : Catalogue.load().list()) {
            Map<String, String> given = new HashMap<>();
            for (ParamSpec p : q.params()) {
                if (p.defaultValue() != null) continue;
                given.put(p.name(), p.type() == ParamType.STRING ? "ministre" : person);
            }
            calls.add(new Call(q, Params.of(q, given)));
        }
        return calls;
    }

    /** Drops the new articles into the watched folder, spread over the run. */
    private static Void feed(Path feed, Path inbox, int n, long end) throws Exception {
        List<Path> files;
        try (var s = Files.list(feed)) {
            files = s.sorted().skip(200).toList();
        }
        long step = Math.max(1, (end - System.nanoTime()) / Math.max(1, n) / 2);   // all in the first half
        for (Path f : files) {
            Files.copy(f, inbox.resolve(f.getFileName()));
            TimeUnit.NANOSECONDS.sleep(step);
        }
        return null;
    }

    private static String percentile(List<Long> micros, int p) {
        if (micros.isEmpty()) return "-";
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        long v = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        return v >= 10_000 ? String.format("%.0f ms", v / 1000.0) : String.format("%.1f ms", v / 1000.0);
    }
}
