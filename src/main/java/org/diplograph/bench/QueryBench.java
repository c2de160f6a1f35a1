package org.diplograph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.diplograph.DiplographException;
import org.diplograph.query.CannedQuery;
import org.diplograph.query.Catalogue;
import org.diplograph.query.ParamSpec;
import org.diplograph.query.ParamType;
import org.diplograph.query.Params;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultTable;
import org.diplograph.server.DiplographServer;
import org.diplograph.store.Store;
import org.diplograph.summary.PendingCounts;
import org.diplograph.summary.SummaryRebuild;

/**
 * Every canned query, timed in process ({@link QueryRunner#local}) and over HTTP against a server
 * started on the same dataset, {@code rounds} times each after one warm-up run. A parameter
 * without a default gets a value taken from the dataset: the person in most events (for a person
 * or any other IRI), the latest event date, a word of that person's name for text.
 *
 * @param results one per query, in catalogue order
 */
public record QueryBench(int rounds, List<Result> results) {

    /** One query's times in milliseconds, in process and over HTTP, and the rows it returned. */
    public record Result(String query, Map<String, String> params, int rows, double[] localMillis, double[] httpMillis) {
        public double localP50() {
            return Measure.median(localMillis);
        }

        public double localP95() {
            return Measure.percentile(localMillis, 95);
        }

        public double httpP50() {
            return Measure.median(httpMillis);
        }

        public double httpP95() {
            return Measure.percentile(httpMillis, 95);
        }
    }

    private static final String BUSIEST_PERSON = "PREFIX dip: <https://w3id.org/diplograph/ontology#>"
            + " PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
            + " SELECT ?p (SAMPLE(?l) AS ?label) { ?e sem:hasActor ?p . ?p a dip:Person ; rdfs:label ?l }"
            + " GROUP BY ?p ORDER BY DESC(COUNT(DISTINCT ?e)) ?p LIMIT 1";
    private static final String LATEST_EVENT = "PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>"
            + " PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>"
            + " SELECT (MAX(?d) AS ?date) { ?e sem:hasBeginTimeStamp ?d FILTER(datatype(?d) = xsd:date) }";

    /** Runs the benchmark on the dataset in {@code db} (no other process may hold it). */
    public static QueryBench run(Path db, int rounds) {
        if (!Store.exists(db)) throw new DiplographException("no dataset at " + db);
        try (Store store = Store.open(db)) {
            PendingCounts.resolve(store);   // what a stopped load left to count, as every command does first
            SummaryRebuild.upgrade(store);   // and the rows a folder of an older format lacks, or the queries reading them find none
            QueryRunner local = QueryRunner.local(store.dataset());
            Map<ParamType, String> picks = picks(local);
            List<CannedQuery> queries = Catalogue.load().list();
            List<Params> params = new ArrayList<>();
            List<Map<String, String>> shown = new ArrayList<>();
            for (CannedQuery q : queries) {
                Map<String, String> values = new LinkedHashMap<>();
                for (ParamSpec p : q.params()) {
                    if (!p.required()) continue;
                    String v = Optional.ofNullable(picks.get(p.type())).orElseThrow(() -> new DiplographException(
                            "no value in the dataset for " + q.name() + "'s parameter " + p));
                    values.put(p.name(), v);
                }
                shown.add(values);
                params.add(Params.of(q, values));
            }
            List<double[]> localTimes = times(local, queries, params, rounds);
            List<double[]> httpTimes;
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) rows.add(local.run(queries.get(i), params.get(i)).size());
            try (DiplographServer server = DiplographServer.create().store(store).port(0).build().start()) {
                httpTimes = times(QueryRunner.remote(server.queryUrl()), queries, params, rounds);
            }
            List<Result> results = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                results.add(new Result(queries.get(i).name(), shown.get(i), rows.get(i), localTimes.get(i), httpTimes.get(i)));
            }
            return new QueryBench(rounds, List.copyOf(results));
        }
    }

    /** Each query once to warm up, then {@code rounds} rounds over the whole catalogue. */
    private static List<double[]> times(QueryRunner runner, List<CannedQuery> queries, List<Params> params, int rounds) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            runner.run(queries.get(i), params.get(i));
            out.add(new double[rounds]);
        }
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < queries.size(); i++) {
                long t0 = System.nanoTime();
                ResultTable t = runner.run(queries.get(i), params.get(i));
                out.get(i)[r] = (System.nanoTime() - t0) / 1e6;
                if (t.size() < 0) throw new IllegalStateException();
            }
        }
        return out;
    }

    private static Map<ParamType, String> picks(QueryRunner runner) {
        Map<ParamType, String> picks = new LinkedHashMap<>();
        ResultTable person = runner.select(QueryFactory.create(BUSIEST_PERSON));
        if (person.size() > 0 && person.get(0, "p") != null) {
            picks.put(ParamType.IRI, person.get(0, "p").getURI());
            Node label = person.get(0, "label");
            if (label != null) {
                String[] words = label.getLiteralLexicalForm().split("\\s+");
                picks.put(ParamType.STRING, words[words.length - 1]);
            }
        }
        ResultTable date = runner.select(QueryFactory.create(LATEST_EVENT));
        if (date.size() > 0 && date.get(0, "date") != null) picks.put(ParamType.DATE, date.get(0, "date").getLiteralLexicalForm());
        return picks;
    }
}
