package org.diplograph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.diplograph.corpus.Corpus;
import org.diplograph.export.ArticleFacts;
import org.diplograph.export.FactsExport;
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.PartitionLoad;
import org.diplograph.pipeline.PartitionLoadTest;
import org.diplograph.query.QueryRunner;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Terms;
import org.diplograph.store.Snapshot;
import org.diplograph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job, in local mode on two cores, gives what the single-machine bulk path gives on the same
 * input: the same quads (article graphs, fingerprint bands, duplicate links found by the join), the
 * same facts export, and once its parts are loaded with {@code load}, the same dataset. Inputs: JSON
 * Lines (with a broken line and a key read twice; teasers read, as the {@code ingest} command reads
 * them), text pages and a Parquet table written by Spark (teasers not read).
 */
@Tag("integration")   // Spark in this JVM, with Java 17's module openings (the profile's own failsafe execution)
class SparkExtractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;

    @TempDir Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("SparkExtractTest")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    // 480 pages and the teasers they list: about 2,500 articles, enough for some 17 duplicate links
    @Test
    void jsonLinesGiveTheBulkPathsQuadsFactsAndDataset() throws IOException {
        Corpus.Written corpus = Corpus.create().seed(20).count(480).build().write(tmp.resolve("corpus"));
        List<Path> pages = pages(corpus);
        // two files, in the order ingest reads them; the second ends with a broken line and a key read before
        Path wires = Files.createDirectories(tmp.resolve("wires"));
        writeJsonLines(wires.resolve("a.jsonl"), pages.subList(0, 240), List.of());
        writeJsonLines(wires.resolve("b.jsonl"), pages.subList(240, pages.size()),
                List.of("{\"id\": \"broken\", \"text\": ", record(key(pages.get(3)), "Un autre texte, sous une clé déjà lue.")));

        Path out = tmp.resolve("out");
        SparkExtract.Result r = SparkExtract.run(spark, out.toUri().toString(), List.of(wires.toString()), 4, true);
        assertTrue(r.articles() > pages.size() * 2, "the pages and the teasers they list: " + r.articles());
        assertTrue(r.links() > 10, "the corpus repeats about 6% of its stories: " + r.links() + " links");
        List<String> problems = lines(out.resolve("problems"));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("b.jsonl:" + (pages.size() - 240 + 1) + ": malformed JSON")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("article key \"" + key(pages.get(3)) + "\" was already read from ")
                && p.contains("a.jsonl:4")), problems.toString());

        try (Store bulk = Store.open(tmp.resolve("bulk"))) {
            // as the ingest command reads them: teasers too
            Ingest.create().store(bulk).mode(Ingest.Mode.BULK).teasers(true).workers(2).build().run(List.of(wires.toString()));
            Map<Node, Graph> expected = extracted(Snapshot.of(bulk.dataset(), Terms.RUNS_GRAPH));
            PartitionLoadTest.assertSameQuads(expected, Snapshot.of(parts(out.resolve("nquads")), null));
            long links = expected.get(Terms.SUMMARY_GRAPH).find(Node.ANY, DIP.duplicateOf, Node.ANY).toList().size();
            assertEquals(links, r.links());

            assertSameFacts(bulk, out.resolve("facts"));

            // the parts, loaded by the load command's loader, give the bulk path's dataset, counts included
            try (Store loaded = Store.open(tmp.resolve("loaded"))) {
                PartitionLoad.create().store(loaded).loader(PartitionLoad.Loader.PARALLEL).build().run(List.of(out.resolve("nquads")));
                PartitionLoadTest.assertSameQuads(Snapshot.of(bulk.dataset(), Terms.RUNS_GRAPH), Snapshot.of(loaded.dataset(), Terms.RUNS_GRAPH));
            }
        }
    }

    @Test
    void textPagesAndAParquetTableGiveTheBulkPathsQuads() throws IOException {
        Corpus.Written corpus = Corpus.create().seed(21).count(160).build().write(tmp.resolve("corpus"));
        List<Path> all = pages(corpus);
        // text pages: a folder given names its files by its own name, for both paths
        Path texts = Files.createDirectories(tmp.resolve("pages"));
        for (Path p : all.subList(0, 80)) Files.copy(p, texts.resolve(p.getFileName()));
        Path textOut = tmp.resolve("text-out");
        SparkExtract.run(spark, textOut.toString(), List.of(texts.toString()), 3, false);
        try (Store bulk = Store.open(tmp.resolve("text-bulk"))) {
            Ingest.create().store(bulk).mode(Ingest.Mode.BULK).build().run(List.of(texts.toString()));
            PartitionLoadTest.assertSameQuads(extracted(Snapshot.of(bulk.dataset(), Terms.RUNS_GRAPH)),
                    Snapshot.of(parts(textOut.resolve("nquads")), null));
        }

        // a table written by Spark, one row without text; compared with the same records as JSON Lines,
        // each read from its own file name, which the quads record
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("published", DataTypes.StringType);
        List<org.apache.spark.sql.Row> rows = new ArrayList<>();
        for (Path p : all.subList(80, all.size())) rows.add(RowFactory.create(key(p), Files.readString(p), "2024-03-0" + (rows.size() % 9 + 1)));
        rows.add(RowFactory.create("no-text", null, null));
        Path table = tmp.resolve("wires.parquet");
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(table.toString());
        Path tableOut = tmp.resolve("table-out");
        SparkExtract.Result r = SparkExtract.run(spark, tableOut.toString(), List.of(table.toString()), 3, false);
        assertEquals(80, r.articles());
        List<String> problems = lines(tableOut.resolve("problems"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("record no-text has neither \"text\" nor \"html\""), problems.toString());

        Path jsonl = Files.createDirectories(tmp.resolve("records")).resolve("wires.jsonl");
        List<String> records = new ArrayList<>();
        for (org.apache.spark.sql.Row row : rows.subList(0, 80)) {
            ObjectNode o = JSON.createObjectNode().put("id", row.getString(0)).put("text", row.getString(1)).put("published", row.getString(2));
            records.add(JSON.writeValueAsString(o));
        }
        Files.write(jsonl, records, StandardCharsets.UTF_8);
        try (Store bulk = Store.open(tmp.resolve("table-bulk"))) {
            Ingest.create().store(bulk).mode(Ingest.Mode.BULK).build().run(List.of(jsonl.toString()));
            PartitionLoadTest.assertSameQuads(withoutSourceFiles(extracted(Snapshot.of(bulk.dataset(), Terms.RUNS_GRAPH))),
                    withoutSourceFiles(Snapshot.of(parts(tableOut.resolve("nquads")), null)));
        }
        DatasetGraph tableQuads = parts(tableOut.resolve("nquads"));
        assertTrue(tableQuads.stream().anyMatch(q -> q.getPredicate().getURI().endsWith("sourceFile")
                && q.getObject().getLiteralLexicalForm().matches("wires\\.parquet/part-.*\\.parquet")), "the table's part is the source file");
    }

    /**
     * Namesakes told apart as ingest tells them apart, article by article in input order: two people
     * whose names fold to one slug (Hùng, Hưng) in other offices of one country, a third spelling
     * (Hung) serving another country, and spellings of one official (Lê Hoài Trung, Le Hoai Trung)
     * merged. The input is two paths given out of path order (a folder of two files, then a file), so
     * the order the job replays the decisions in is the order of the inputs as given, as for ingest.
     */
    @Test
    void namesakesAreToldApartAsIngestTellsThemApart() throws IOException {
        String[] hung = {"Nguyễn Văn Hùng", "Nguyễn Văn Hưng", "Nguyen Van Hung"};
        String[] trung = {"Lê Hoài Trung", "Le Hoai Trung"};
        String[] topics = {"la coopération commerciale", "les investissements dans l'énergie", "la formation des cadres",
            "le tourisme et la culture", "la pêche et l'agriculture", "les échanges universitaires", "la santé publique"};
        String[] days = {"lundi", "mardi", "mercredi", "jeudi", "vendredi"};
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            String name = hung[(i * 7 / 3) % hung.length];
            String aide = trung[(i / 2) % trung.length];
            String topic = topics[i % topics.length] + " et " + topics[(i / 3 + 2) % topics.length];
            String day = days[i % days.length];
            String text = switch (i % 4) {
                case 0 -> "Hanoï, " + (i % 27 + 1) + " mars (VNA) - Le ministre vietnamien de l'Industrie, " + name + ", a reçu "
                        + day + " à Hanoï l'ambassadeur du Chili au Vietnam, Rodrigo Fuentealba. Les deux parties ont évoqué "
                        + topic + ". Le vice-ministre vietnamien des Affaires étrangères, " + aide + ", était présent.";
                case 1 -> "Santiago, " + (i % 27 + 1) + " avril (VNA) - Le gouverneur de la Banque d'État du Vietnam, " + name
                        + ", a rencontré " + day + " à Santiago la ministre chilienne de l'Économie, Carla Moreno, sur " + topic
                        + ". Le vice-ministre vietnamien des Affaires étrangères, " + aide + ", a assisté à la rencontre.";
                case 2 -> "Vientiane, " + (i % 27 + 1) + " mai (VNA) - Le ministre laotien de la Santé, " + name + ", a reçu "
                        + day + " à Vientiane l'ambassadeur du Japon au Laos, Kenji Tanaka, pour parler de " + topic + ".";
                default -> "Hanoï, " + (i % 27 + 1) + " juin (VNA) - Le vice-ministre vietnamien des Affaires étrangères, " + aide
                        + ", a reçu " + day + " à Hanoï le ministre cubain du Commerce, Rodrigo Malmierca, pour évoquer " + topic + ".";
            };
            records.add(record("namesake-" + i, text));
        }
        Path folder = Files.createDirectories(tmp.resolve("z-wires"));
        Files.write(folder.resolve("a.jsonl"), records.subList(0, 12), StandardCharsets.UTF_8);
        Files.write(folder.resolve("b.jsonl"), records.subList(12, 24), StandardCharsets.UTF_8);
        Path file = tmp.resolve("a-wires.jsonl");
        Files.write(file, records.subList(24, records.size()), StandardCharsets.UTF_8);
        List<String> inputs = List.of(folder.toString(), file.toString());   // not in path order

        Path out = tmp.resolve("namesakes-out");
        SparkExtract.Result r = SparkExtract.run(spark, out.toString(), inputs, 3, false);
        assertEquals(records.size(), r.articles());
        try (Store bulk = Store.open(tmp.resolve("namesakes-bulk"))) {
            Ingest.create().store(bulk).mode(Ingest.Mode.BULK).build().run(inputs);
            Map<Node, Graph> expected = extracted(Snapshot.of(bulk.dataset(), Terms.RUNS_GRAPH));
            // the input holds what it is meant to: namesakes told apart and spellings merged
            long homonyms = count(expected, DIP.homonymOf);
            long merged = count(expected, org.apache.jena.vocabulary.SKOS.altLabel.asNode());
            assertTrue(homonyms >= 2 && merged >= 2, homonyms + " told apart, " + merged + " spellings merged");
            PartitionLoadTest.assertSameQuads(expected, Snapshot.of(parts(out.resolve("nquads")), null));
            assertSameFacts(bulk, out.resolve("facts"));
        }
    }

    // ---- helpers

    private static long count(Map<Node, Graph> dataset, Node predicate) {
        return dataset.values().stream().mapToLong(g -> g.find(Node.ANY, predicate, Node.ANY).toList().size()).sum();
    }

    /** The job's facts lines are those {@code export-facts} gives of the bulk path's dataset, article by article. */
    private static void assertSameFacts(Store bulk, Path factsDir) throws IOException {
        Map<String, JsonNode> facts = new TreeMap<>();
        for (ArticleFacts f : FactsExport.create(QueryRunner.local(bulk.dataset())).facts()) facts.put(f.article(), JSON.valueToTree(f));
        Map<String, JsonNode> sparkFacts = new TreeMap<>();
        for (String line : lines(factsDir)) {
            JsonNode f = JSON.readTree(line);
            sparkFacts.put(f.get("article").asText(), f);
        }
        assertEquals(facts.keySet(), sparkFacts.keySet());
        List<String> differ = new ArrayList<>();
        facts.forEach((k, f) -> {
            if (!f.equals(sparkFacts.get(k))) differ.add(k + ":\n  export-facts " + f + "\n  spark        " + sparkFacts.get(k));
        });
        assertTrue(differ.isEmpty(), differ.size() + " articles' facts differ:\n" + String.join("\n", differ.subList(0, Math.min(5, differ.size()))));
    }

    private static List<Path> pages(Corpus.Written corpus) throws IOException {
        try (Stream<Path> s = Files.list(corpus.pages())) {
            return s.sorted().toList();
        }
    }

    private static String key(Path page) {
        String n = page.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    private static String record(String id, String text) throws IOException {
        return JSON.writeValueAsString(JSON.createObjectNode().put("id", id).put("text", text));
    }

    private static void writeJsonLines(Path file, List<Path> pages, List<String> more) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path p : pages) lines.add(record(key(p), Files.readString(p)));
        lines.addAll(more);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The lines of every part in a folder the job wrote. */
    private static List<String> lines(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(out::add);
            }
        }
        return out;
    }

    /** The N-Quads parts the job wrote, parsed into one dataset; only {@code .nq.gz} parts, as {@code load} reads them. */
    private static DatasetGraph parts(Path dir) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(f -> f.getFileName().toString().endsWith(".nq.gz")).toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
                }
            }
        }
        return dsg;
    }

    /**
     * What extraction gives of a loaded dataset: the article graphs, and of the summary graph the
     * fingerprint bands and the duplicate links (the counts are the load's, the ontology this build's).
     */
    private static Map<Node, Graph> extracted(Map<Node, Graph> dataset) {
        Map<Node, Graph> out = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        dataset.forEach((g, graph) -> {
            if (g.equals(Terms.ONTOLOGY_GRAPH)) return;
            if (!g.equals(Terms.SUMMARY_GRAPH)) {
                out.put(g, graph);
                return;
            }
            Graph links = GraphFactory.createDefaultGraph();
            graph.find(Node.ANY, DIP.fingerprintBand, Node.ANY).forEachRemaining(links::add);
            graph.find(Node.ANY, DIP.duplicateOf, Node.ANY).forEachRemaining(links::add);
            if (!links.isEmpty()) out.put(g, links);
        });
        return out;
    }

    private static Map<Node, Graph> withoutSourceFiles(Map<Node, Graph> dataset) {
        dataset.values().forEach(g -> g.find(Node.ANY, Terms.SOURCE_FILE, Node.ANY).toList().forEach(g::delete));
        return dataset;
    }
}
