package org.diplograph.query;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.server.DiplographServer;
import org.diplograph.store.Store;
import org.diplograph.summary.SummaryRebuild;

/**
 * Times every canned query on a dataset folder, in process and over HTTP (a server on a free
 * loopback port), and prints p50 and p95 per query. A measuring tool, not a test: timings depend on
 * the machine and are never asserted.
 *
 * <p>usage: {@code java -cp target/test-classes:target/diplograph.jar org.diplograph.query.QueryTimes
 * DB [RUNS] [local|http|both] [QUERY...]}; {@code DB 0 rebuild} counts the summary graph again
 * ({@link SummaryRebuild}), for a dataset made by a bulk loader.
 *
 * <p>Two system properties make a side-by-side run fairer: {@code -Dwarmups=N} runs each query N
 * times before the counted runs (1 by default: with one, the first runs of a JVM still wait for its
 * compiler, and p95 of a few runs is often that wait), and {@code -Dinterleave=true} takes the
 * counted runs in turn across the queries named (by default all of a query's runs come together), so
 * that a busy moment of the machine falls on both texts of a pair rather than on one.
 */
public final class QueryTimes {
    /** Parameters for the queries that need one, matching the fixture and graphs made from it. */
    private static final Map<String, Map<String, String>> PARAMS = Map.of(
            "office-on-date", Map.of("date", "2022-01-01"),
            "find", Map.of("text", "japon"),
            "mentions", Map.of("text", "japon", "from", "2019-01-01", "to", "2019-12-31"),
            "name-like", Map.of("text", "Nguyen Van"),
            "evidence", Map.of("entity", "https://w3id.org/diplograph/id/relation/JP-VN"),
            "person-events", Map.of("person", "https://w3id.org/diplograph/id/person/nguyen-van-an-0"));

    /**
     * The suffix of a query's earlier text put beside it for a side-by-side run (a folder of queries
     * named first on the classpath, holding {@code NAME-old.rq} too), which takes NAME's parameters.
     */
    private static final String OLD = "-old";

    private QueryTimes() {}

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String mode = args.length > 2 ? args[2] : "both";
        List<String> only = args.length > 3 ? Arrays.asList(args).subList(3, args.length) : List.of();
        Catalogue catalogue = Catalogue.load();
        try (Store store = Store.open(db)) {
            if (mode.equals("rebuild")) {
                long start = System.nanoTime();
                SummaryRebuild.run(store);
                System.out.printf("summary rebuilt in %.1f s%n", (System.nanoTime() - start) / 1e9);
                return;
            }
            Map<String, QueryRunner> runners = new LinkedHashMap<>();
            if (!mode.equals("http")) runners.put("local", QueryRunner.local(store.dataset()));
            DiplographServer server = null;
            if (!mode.equals("local")) {
                server = DiplographServer.create().store(store).port(0)
                        .queryTimeout(Duration.ofSeconds(QueryRunner.TIMEOUT_SECONDS)).build().start();
                runners.put("http", QueryRunner.remote(server.queryUrl()));
            }
            try {
                System.out.printf("%-18s %-5s %7s %9s %9s%n", "query", "via", "rows", "p50 ms", "p95 ms");
                List<CannedQuery> chosen = new ArrayList<>();
                for (CannedQuery q : catalogue.list()) if (only.isEmpty() || only.contains(q.name())) chosen.add(q);
                int warmups = Integer.getInteger("warmups", 1);
                if (Boolean.getBoolean("interleave")) {
                    runners.forEach((via, runner) -> interleaved(chosen, via, runner, warmups, runs));
                } else {
                    for (CannedQuery q : chosen) runners.forEach((via, runner) -> time(q, params(q), via, runner, warmups, runs));
                }
            } finally {
                if (server != null) server.stop();
            }
        }
    }

    private static Params params(CannedQuery q) {
        return Params.of(q, PARAMS.getOrDefault(q.name().replaceFirst(OLD + "$", ""), Map.of()));
    }

    private static void time(CannedQuery q, Params params, String via, QueryRunner runner, int warmups, int runs) {
        int rows = 0;
        for (int i = 0; i < warmups; i++) rows = runner.run(q, params).rows().size();   // not counted
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) ms.add(once(q, params, runner));
        print(q, via, rows, ms);
    }

    /** Each query's runs taken in turn with the others' (warm-ups first, in the same order). */
    private static void interleaved(List<CannedQuery> qs, String via, QueryRunner runner, int warmups, int runs) {
        Map<CannedQuery, List<Double>> ms = new LinkedHashMap<>();
        Map<CannedQuery, Integer> rows = new LinkedHashMap<>();
        for (int i = 0; i < warmups; i++) for (CannedQuery q : qs) rows.put(q, runner.run(q, params(q)).rows().size());
        for (int i = 0; i < runs; i++) for (CannedQuery q : qs) ms.computeIfAbsent(q, k -> new ArrayList<>()).add(once(q, params(q), runner));
        for (CannedQuery q : qs) print(q, via, rows.getOrDefault(q, 0), ms.getOrDefault(q, new ArrayList<>()));
    }

    private static double once(CannedQuery q, Params params, QueryRunner runner) {
        long start = System.nanoTime();
        runner.run(q, params);
        return (System.nanoTime() - start) / 1e6;
    }

    private static void print(CannedQuery q, String via, int rows, List<Double> ms) {
        if (ms.isEmpty()) return;
        Collections.sort(ms);
        System.out.printf("%-18s %-5s %7d %9.1f %9.1f%n", q.name(), via, rows, pct(ms, 50), pct(ms, 95));
    }

    /** The nearest-rank percentile. */
    private static double pct(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
