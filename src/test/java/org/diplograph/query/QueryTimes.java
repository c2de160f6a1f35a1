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
                for (CannedQuery q : catalogue.list()) {
                    if (!only.isEmpty() && !only.contains(q.name())) continue;
                    Params params = Params.of(q, PARAMS.getOrDefault(q.name().replaceFirst(OLD + "$", ""), Map.of()));
                    runners.forEach((via, runner) -> time(q, params, via, runner, runs));
                }
            } finally {
                if (server != null) server.stop();
            }
        }
    }

    private static void time(CannedQuery q, Params params, String via, QueryRunner runner, int runs) {
        int rows = runner.run(q, params).rows().size();   // warm-up, not counted
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            runner.run(q, params);
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("%-18s %-5s %7d %9.1f %9.1f%n", q.name(), via, rows, pct(ms, 50), pct(ms, 95));
    }

    /** The nearest-rank percentile. */
    private static double pct(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
