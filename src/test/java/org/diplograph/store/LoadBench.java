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
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.Watcher;
import org.diplograph.server.DiplographServer;

/**
 * Load benchmark, not a test (never run by the build): N clients run the canned queries over HTTP
 * for a fixed time against a served dataset while new article files are dropped into the folder the
 * server watches, so articles are added under load. Prints requests, errors, articles added and
 * latency percentiles, overall and per query. Exit status 1 when any request failed.
 *
 * <p>With {@code SLOW} above 0, as many more clients each send a query that cannot finish (a cross
 * product) again and again beside that load, under a server timeout of {@code TIMEOUT} seconds, while
 * a probe pings {@code /$/ping} every 250 ms (issue 15): it prints the ping latency, the slow queries'
 * answers (result, 503) and longest answer time against the timeout, requests dropped (no HTTP answer
 * at all), and the peak heap. A canned query refused with 503 under that load counts as refused, not
 * as an error; a dropped request is an error. {@code RUNNING} is the server's admission limit
 * ({@code --max-concurrent-queries}).
 *
 * <pre>
 *   java -cp "$(cat target/test-classpath.txt):target/classes:target/test-classes" \
 *       org.diplograph.store.LoadBench [CLIENTS=16] [SECONDS=60] [NEW_ARTICLES=100] [SLOW=0] [TIMEOUT=60] [RUNNING=4]
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
        int slowClients = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Duration timeout = Duration.ofSeconds(args.length > 4 ? Long.parseLong(args[4]) : 60);
        int running = args.length > 5 ? Integer.parseInt(args[5]) : DiplographServer.DEFAULT_MAX_CONCURRENT_QUERIES;
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

            try (DiplographServer server = DiplographServer.create().store(store).port(0).queryTimeout(timeout)
                    .maxConcurrentQueries(running).build().start();
                 Watcher watcher = Watcher.create().store(store).folder(inbox).interval(Duration.ofMillis(500)).build().start()) {
                List<Call> calls = calls(QueryRunner.local(store.dataset()));
                Map<String, List<Long>> micros = new ConcurrentHashMap<>();
                List<String> errors = new CopyOnWriteArrayList<>();
                AtomicInteger requests = new AtomicInteger();
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);

                AtomicInteger refused = new AtomicInteger();
                SlowLoad slow = new SlowLoad(server, timeout, end);
                ExecutorService pool = Executors.newFixedThreadPool(clients + 1 + (slowClients > 0 ? slowClients + 1 : 0));
                pool.submit(() -> feed(feed, inbox, newArticles, end));
                if (slowClients > 0) {
                    pool.submit(slow::ping);
                    for (int c = 0; c < slowClients; c++) pool.submit(slow::cross);
                }
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
                                if (SlowLoad.refused(e)) refused.incrementAndGet();
                                else errors.add((SlowLoad.dropped(e) ? "dropped: " : "") + call.query().name() + ": " + e.getMessage());
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
                if (slowClients > 0) {
                    System.out.printf("canned queries answered 503 (busy or timed out): %d; dropped (no HTTP answer): %d%n",
                            refused.get(), errors.stream().filter(e -> e.startsWith("dropped: ")).count());
                    slow.report(slowClients, errors);
                }
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

    /** Every canned query; a parameter without default gets a value from the dataset (a person, a word, a date). */
    private static List<Call> calls(QueryRunner local) {
        String person = local.select(org.apache.jena.query.QueryFactory.create(
                "SELECT ?p { ?p a <https://w3id.org/diplograph/ontology#Person> } ORDER BY ?p LIMIT 1"))
                .get(0, "p").getURI();
        List<Call> calls = new ArrayList<>();
        for (CannedQuery q : Catalogue.load().list()) {
            Map<String, String> given = new HashMap<>();
            for (ParamSpec p : q.params()) {
                if (!p.required()) continue;
                given.put(p.name(), switch (p.type()) {
                    case STRING -> "ministre";
                    case DATE -> "2019-06-01";
                    default -> person;
                });
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

    /**
     * The slow half of the load: clients sending a cross product again and again, and a probe pinging
     * the server; every request that gets no HTTP answer at all is counted as dropped.
     */
    private static final class SlowLoad {
        private static final String CROSS = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(30)).build();
        private final DiplographServer server;
        private final Duration timeout;
        private final long end;
        private final List<Long> pingMicros = new CopyOnWriteArrayList<>();
        private final List<Long> slowMicros = new CopyOnWriteArrayList<>();
        /** Per kind of answer ("200", "503 busy" with Retry-After, "503 timed out", ...), the answer times. */
        private final Map<String, List<Long>> answers = new ConcurrentHashMap<>();
        private final List<String> dropped = new CopyOnWriteArrayList<>();
        private final java.util.concurrent.atomic.AtomicLong peakHeap = new java.util.concurrent.atomic.AtomicLong();
        private final long startHeap;

        SlowLoad(DiplographServer server, Duration timeout, long end) {
            this.server = server;
            this.timeout = timeout;
            this.end = end;
            startHeap = heap();
        }

        /** True when a canned query got no HTTP answer: the connection failed or was closed. */
        static boolean dropped(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.io.IOException) return true;
            }
            return false;
        }

        /** True when a canned query failed because the server was busy or it timed out (503), not dropped or broken. */
        static boolean refused(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof org.apache.jena.sparql.engine.http.QueryExceptionHTTP h && h.getStatusCode() == 503) return true;
            }
            return false;
        }

        Void ping() throws InterruptedException {
            java.net.http.HttpRequest ping = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(server.consoleUrl() + "$/ping")).timeout(Duration.ofSeconds(60)).build();
            while (System.nanoTime() < end) {
                long t0 = System.nanoTime();
                try {
                    int status = http.send(ping, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
                    if (status == 200) pingMicros.add((System.nanoTime() - t0) / 1000);
                    else dropped.add("ping: status " + status);
                } catch (java.io.IOException e) {
                    dropped.add("ping: " + e);
                }
                peakHeap.accumulateAndGet(heap(), Math::max);
                TimeUnit.MILLISECONDS.sleep(250);
            }
            return null;
        }

        Void cross() throws InterruptedException {
            java.net.http.HttpRequest cross = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.queryUrl()
                    + "?query=" + java.net.URLEncoder.encode(CROSS, java.nio.charset.StandardCharsets.UTF_8)))
                    .timeout(timeout.multipliedBy(4).plusSeconds(60)).build();
            while (System.nanoTime() < end) {
                long t0 = System.nanoTime();
                try {
                    java.net.http.HttpResponse<String> r = http.send(cross, java.net.http.HttpResponse.BodyHandlers.ofString());
                    long micros = (System.nanoTime() - t0) / 1000;
                    slowMicros.add(micros);
                    String kind = r.statusCode() != 503 ? "" + r.statusCode()
                            : r.headers().firstValue("Retry-After").isPresent() ? "503 busy" : "503 timed out";
                    answers.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>()).add(micros);
                } catch (java.io.IOException e) {
                    dropped.add("slow query: " + e);
                }
            }
            return null;
        }

        void report(int clients, List<String> errors) {
            System.out.printf("%d slow clients (cross products), timeout %d s: %d answered; answer time p50 %s, p99 %s, max %s%n",
                    clients, timeout.toSeconds(), slowMicros.size(), percentile(slowMicros, 50), percentile(slowMicros, 99),
                    percentile(slowMicros, 100));
            new java.util.TreeMap<>(answers).forEach((kind, times) -> System.out.printf("  %-14s n=%-6d p50 %-9s max %s%n",
                    kind, times.size(), percentile(times, 50), percentile(times, 100)));
            System.out.printf("ping while under load: %d answered, p50 %s, p99 %s, max %s%n", pingMicros.size(),
                    percentile(pingMicros, 50), percentile(pingMicros, 99), percentile(pingMicros, 100));
            System.out.printf("dropped (no HTTP answer): %d; heap in use %d MB at start, peak %d MB (max %d MB)%n",
                    dropped.size(), startHeap >> 20, peakHeap.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
            errors.addAll(dropped);
        }

        private static long heap() {
            Runtime r = Runtime.getRuntime();
            return r.totalMemory() - r.freeMemory();
        }
    }

    private static String percentile(List<Long> micros, int p) {
        if (micros.isEmpty()) return "-";
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        long v = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        return v >= 10_000 ? String.format("%.0f ms", v / 1000.0) : String.format("%.1f ms", v / 1000.0);
    }
}
