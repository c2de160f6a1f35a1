package org.diplograph.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.diplograph.DiplographException;
import org.diplograph.article.Page;
import org.diplograph.article.PageSplitter;
import org.diplograph.article.SourceDoc;
import org.diplograph.article.SourceReader;
import org.diplograph.export.ArticleFacts;
import org.diplograph.export.FactsExport;
import org.diplograph.query.QueryRunner;
import org.diplograph.rdf.ArticleMapper;
import org.diplograph.rdf.ArticleQuads;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.GraphCollector;
import org.diplograph.rdf.Namesakes;
import org.diplograph.rdf.Terms;
import org.diplograph.summary.Duplicates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;
import scala.Tuple3;

/**
 * Extraction on Apache Spark: the articles of JSON Lines, JSON, text and HTML files, or of Parquet
 * tables, from any file system Hadoop reads, extracted on the executors by the same pure function
 * as ingest ({@link ArticleQuads}), written as N-Quads partitions that {@code load} fills a dataset
 * with, and as the facts export.
 *
 * <pre>
 *   spark-submit --class org.diplograph.spark.SparkExtract diplograph-spark.jar OUT INPUT...
 * </pre>
 *
 * <p>{@code OUT} receives {@code nquads/} (gzipped N-Quads parts: each article's graph, the
 * fingerprint bands and the duplicate links of the summary graph), {@code facts/} (one line per
 * article, the JSON {@code export-facts} writes in its {@code KEY.json}; teasers left out) and
 * {@code problems/} (one line per input left out: where, and what is wrong). An input ending in
 * {@code .parquet} (a file or a folder of parts) is read as a table with the columns of a JSON record
 * ({@code id}, {@code text} or {@code html}, and optionally {@code title}, {@code url},
 * {@code published}, {@code language}); any other input is a file or a folder of {@code .jsonl},
 * {@code .json}, {@code .txt}, {@code .html}, {@code .htm} files, read as ingest reads them.
 *
 * <p>The articles are ordered as ingest reads and writes them ({@link Order}: by input in the order
 * given, by file path within an input, by place in the file, the page before its teasers), and that
 * order decides what ingest decides by it: a key read twice keeps its first article, of a group of
 * copies tied on repairs the one read first is the original, and a namesake is compared with the
 * articles before it. The duplicate links are
 * found across the whole input by a join on the fingerprint bands ({@link Duplicates#bands}), never
 * on the driver, and chosen as writing the articles one at a time would ({@link Duplicates#original}).
 * Each input file is recorded as {@code dip:sourceFile} by ingest's rule for a path outside the
 * working folder: a folder given names its files by its own name and their path inside it, a file
 * given by its folder's name and its own.
 *
 * <p>Namesakes are told apart as ingest tells them apart writing the articles one at a time
 * ({@link Namesakes}): each person IRI's mentions are replayed in input order, and the renamed persons,
 * {@code dip:homonymOf} and {@code skos:altLabel} are those ingest writes for the same input.
 */
public final class SparkExtract {
    private static final Logger LOG = LoggerFactory.getLogger(SparkExtract.class);
    private static final Set<String> EXTENSIONS = Set.of("txt", "json", "jsonl", "html", "htm");
    private static final List<String> RECORD_COLUMNS = List.of("id", "text", "html", "title", "url", "published", "language");

    private SparkExtract() {}

    /** What a run wrote: articles extracted, quads written, duplicate links among them, facts lines, inputs left out. */
    public record Result(long articles, long quads, long links, long facts, long problems) implements Serializable {}

    /**
     * {@code SparkExtract [--partitions N] [--no-teasers] OUT INPUT...}; the master and the rest come from
     * {@code spark-submit}. Teasers are read as the {@code ingest} command reads them, unless {@code --no-teasers}.
     */
    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        int partitions = 0;
        boolean teasers = true;
        while (!rest.isEmpty() && rest.get(0).startsWith("--")) {
            if (rest.get(0).equals("--no-teasers")) {
                teasers = false;
                rest = rest.subList(1, rest.size());
            } else if (rest.get(0).equals("--partitions") && rest.size() > 1 && rest.get(1).matches("[1-9][0-9]{0,5}")) {
                partitions = Integer.parseInt(rest.get(1));
                rest = rest.subList(2, rest.size());
            } else {
                break;
            }
        }
        if (rest.size() < 2 || rest.get(0).startsWith("--")) {
            System.err.println("Usage: SparkExtract [--partitions N] [--no-teasers] OUT INPUT...");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("diplograph-extract").getOrCreate();
        try {
            Result r = run(spark, rest.get(0), rest.subList(1, rest.size()), partitions, teasers);
            System.out.println(r.articles() + " articles, " + r.quads() + " quads, " + r.links() + " duplicate links, "
                    + r.facts() + " facts lines, " + r.problems() + " inputs left out, in " + rest.get(0));
        } finally {
            spark.stop();
        }
    }

    /**
     * Reads {@code inputs}, extracts every article and writes the three outputs under {@code out}
     * (which must not exist). {@code partitions}: how many pieces the articles are cut into for
     * extraction (0: three per core of the cluster); {@code teasers}: whether each teaser a page lists
     * is an article of its own, as the {@code ingest} command reads pages (teasers are never copies).
     */
    public static Result run(SparkSession spark, String out, List<String> inputs, int partitions, boolean teasers) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int pieces = partitions > 0 ? partitions : Math.max(2, 3 * jsc.defaultParallelism());
        long started = System.nanoTime();

        JavaRDD<Item> read = jsc.emptyRDD();
        int index = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();   // a file under two inputs is read once, under the first
        for (String input : inputs) {
            read = read.union(input.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".parquet")
                    ? table(spark, input, index) : files(jsc, input, index, seen));
            index++;
        }
        // a key read twice keeps its first article, as ingest does; the shuffle also spreads the articles.
        // What reading left out goes along (under keys no article has), so the input is read once.
        JavaRDD<Item> articles = read
                .mapToPair(i -> new Tuple2<>(i.doc() != null ? "k" + i.doc().key() : "p" + i.problem(), i))
                .groupByKey(pieces)
                .flatMap(SparkExtract::firstOfKey);
        // extracted once: every output below reads these partitions (materialised before they branch,
        // or sibling stages would each extract the articles before the cache is filled)
        JavaRDD<Item> extracted = articles.mapPartitions(items -> extract(items, teasers)).persist(StorageLevel.MEMORY_AND_DISK());
        long items = extracted.count();
        LOG.info("Extracted: {} articles and problems, in {} ms", items, (System.nanoTime() - started) / 1_000_000);
        JavaRDD<Item> mapped = extracted.filter(i -> i.mapped() != null);

        JavaRDD<CopyRow> copies = mapped.filter(i -> i.mapped().copy() != null).map(i -> i.mapped().copy());
        JavaPairRDD<String, Tuple2<String, String>> links = links(copies, pieces).persist(StorageLevel.MEMORY_AND_DISK());

        // the namesakes' decisions, replayed person by person in input order, and each article as written:
        // with its decisions applied and its link, brought together in one shuffle for the quads and the facts
        JavaPairRDD<String, Namesakes.Decision> decisions = namesakes(mapped, pieces);
        JavaRDD<Written> written = mapped.mapToPair(i -> new Tuple2<>(i.mapped().article(), i.mapped()))
                .cogroup(decisions, links, pieces)
                .flatMap(SparkExtract::written)
                .persist(StorageLevel.MEMORY_AND_DISK());

        // the quads: each article's graph, the bands of each copy, the links
        JavaRDD<String> quads = written.map(w -> w.mapped().nquads())
                .union(copies.map(SparkExtract::bandQuads))
                .union(links.map(l -> nquads(List.of(duplicateOf(l._1(), l._2()._1())))))
                .filter(s -> !s.isEmpty());
        String nquads = out + "/nquads";
        long stage = System.nanoTime();
        quads.saveAsTextFile(nquads, GzipCodec.class);
        renameParts(jsc.hadoopConfiguration(), nquads, ".gz", ".nq.gz");
        LOG.info("Quads: written, duplicate links and namesakes included, in {} ms", (System.nanoTime() - stage) / 1_000_000);

        // the facts export: each article with the key of the story it repeats
        // a teaser gives no facts line (export-facts leaves them out): not put in a dataset and asked at all
        JavaRDD<String> facts = written.filter(w -> !w.mapped().teaser()).mapPartitions(SparkExtract::facts);
        stage = System.nanoTime();
        facts.saveAsTextFile(out + "/facts");
        renameParts(jsc.hadoopConfiguration(), out + "/facts", "", ".jsonl");
        LOG.info("Facts: written in {} ms", (System.nanoTime() - stage) / 1_000_000);

        // what reading left out, the keys read twice and the articles that failed (extraction passes the first on)
        JavaRDD<String> problems = extracted.filter(i -> i.problem() != null).map(Item::problem);
        problems.coalesce(1).saveAsTextFile(out + "/problems");

        Result r = new Result(mapped.count(), jsc.textFile(nquads).count(), links.count(),
                jsc.textFile(out + "/facts").count(), jsc.textFile(out + "/problems").count());
        extracted.unpersist();
        links.unpersist();
        written.unpersist();
        LOG.info("Spark extraction: {} articles, {} quads, {} duplicate links, {} facts lines, {} inputs left out, in {} ms, into {}",
                r.articles(), r.quads(), r.links(), r.facts(), r.problems(), (System.nanoTime() - started) / 1_000_000, out);
        return r;
    }

    // ---- reading

    /**
     * Where an article comes in the order ingest reads and writes: by input (in the order given),
     * then by file (in path order within the input), then by place in the file (a record, a table's
     * row), then by page (the page before the teasers it lists, in their order).
     */
    record Order(int input, String file, long n, int page) implements Serializable, Comparable<Order> {
        @Override
        public int compareTo(Order o) {
            int c = Integer.compare(input, o.input);
            if (c == 0) c = file.compareTo(o.file);
            if (c == 0) c = Long.compare(n, o.n);
            return c != 0 ? c : Integer.compare(page, o.page);
        }

        Order page(int p) {
            return new Order(input, file, n, p);
        }
    }

    /** An article as read ({@link SourceDoc}'s fields), serializable. */
    record Doc(String key, String origin, String text, String published, String url, String title, String language,
               String format) implements Serializable {
        static Doc of(SourceDoc d) {
            return new Doc(d.key(), d.origin(), d.text(), d.published(), d.url(), d.title(), d.language(), d.format().name());
        }

        SourceDoc source() {
            return new SourceDoc(key, origin, text, published, url, title, language, SourceDoc.Format.valueOf(format), null);
        }
    }

    /**
     * One article extracted: its graph, its quads as N-Quads, what the duplicate rules compare of it
     * (null: never a copy) and what it says of each person it labels (for the namesakes' decisions).
     */
    record Mapped(String article, String graph, String key, String nquads, CopyRow copy, List<Mention> mentions,
                  boolean teaser) implements Serializable {
        /** This article with the namesakes' decisions applied to its quads. */
        Mapped decided(List<Namesakes.Decision> decisions) {
            if (decisions.isEmpty()) return this;
            return new Mapped(article, graph, key, SparkExtract.nquads(Namesakes.apply(parse(nquads), decisions)), copy, mentions, teaser);
        }
    }

    /**
     * What an article says of one person IRI it labels, at its place in the input: {@code typed} when
     * it types it {@code dip:Person} (only then is a decision made for it).
     */
    record Mention(Order order, String graph, String person, boolean typed, Namesakes.Facet facet) implements Serializable {}

    /** An article and its place in the input: what the join on fingerprint bands ships. */
    record Ref(Order order, String article) implements Serializable {}

    /** {@link Duplicates.Copy}, serializable, with the article's place in the input. */
    record CopyRow(Order order, String article, String key, String fingerprint, long repairs, String published)
            implements Serializable {
        Duplicates.Copy copy() {
            return new Duplicates.Copy(NodeFactory.createURI(article), key, fingerprint, repairs, published);
        }
    }

    /** What one step gives for one input or article: the article read, or extracted, or a problem ("where: what"). */
    record Item(Order order, String sourceFile, Doc doc, Mapped mapped, String problem) implements Serializable {
        static Item problem(String origin, String message) {
            return new Item(null, null, null, null, origin + ": " + message);
        }
    }

    /** The files under {@code input} ingest would read, listed on the driver in path order, read on the executors. */
    private static JavaRDD<Item> files(JavaSparkContext jsc, String input, int index, java.util.Set<String> seen) {
        Configuration conf = jsc.hadoopConfiguration();
        List<String> paths = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        try {
            Path root = new Path(input);
            FileSystem fs = root.getFileSystem(conf);
            FileStatus status = fs.getFileStatus(root);
            Path qualified = status.getPath();
            if (status.isDirectory()) {
                for (Path f : walk(fs, qualified)) {
                    String rel = qualified.toUri().relativize(f.toUri()).getPath();
                    if (!EXTENSIONS.contains(extension(f.getName())) || !seen.add(f.toString())) continue;
                    paths.add(f.toString());
                    names.put(f.toUri().getPath(), qualified.getName() + "/" + rel);
                }
            } else if (seen.add(qualified.toString())) {
                paths.add(qualified.toString());
                Path parent = qualified.getParent();
                names.put(qualified.toUri().getPath(), (parent == null || parent.getName().isEmpty() ? "" : parent.getName() + "/")
                        + qualified.getName());
            }
        } catch (IOException e) {
            throw new DiplographException("Cannot list the input " + input + ": " + e.getMessage(), e);
        }
        if (paths.isEmpty()) return jsc.parallelize(List.of(Item.problem(input, SourceReader.EMPTY_FOLDER)));
        paths.sort(Comparator.naturalOrder());
        LOG.info("Input {}: {} files", input, paths.size());
        // each executor opens its files itself (Spark's binaryFiles copies the whole Hadoop configuration once per file)
        Broadcast<SerializableConfiguration> shared = jsc.broadcast(new SerializableConfiguration(conf));
        return jsc.parallelize(paths, Math.min(paths.size(), 4 * jsc.defaultParallelism()))
                .flatMap(f -> read(index, f, names.get(new Path(f).toUri().getPath()), shared.value().value()));
    }

    /**
     * The files under a folder, hidden and {@code _} ones and folders left out; by {@code listStatus}, which
     * (unlike {@code listFiles}) reads no permissions, a child process per file on a local disk without
     * Hadoop's native library.
     */
    private static List<Path> walk(FileSystem fs, Path folder) throws IOException {
        List<Path> out = new ArrayList<>();
        java.util.ArrayDeque<Path> next = new java.util.ArrayDeque<>(List.of(folder));
        while (!next.isEmpty()) {
            for (FileStatus f : fs.listStatus(next.poll())) {
                String name = f.getPath().getName();
                if (name.startsWith(".") || name.startsWith("_")) continue;
                if (f.isDirectory()) next.add(f.getPath());
                else out.add(f.getPath());
            }
        }
        return out;
    }

    /** Every article of one file, in order, and every problem of it, as ingest reads them. */
    private static Iterator<Item> read(int input, String path, String name, Configuration conf) {
        List<Item> out = new ArrayList<>();
        SourceReader reader = new SourceReader((origin, message) -> out.add(Item.problem(origin, message)));
        long[] n = new long[1];
        Path file = new Path(path);
        try (InputStream in = file.getFileSystem(conf).open(file)) {
            reader.read(path, in, doc -> out.add(new Item(new Order(input, path, n[0]++, 0), name, Doc.of(doc), null, null)));
        } catch (IOException e) {
            out.add(Item.problem(path, "cannot read: " + e.getMessage()));
        }
        return out.iterator();
    }

    /** The rows of a Parquet table, each read as a JSON record, in the order of its files and rows. */
    private static JavaRDD<Item> table(SparkSession spark, String input, int index) {
        Dataset<Row> table = spark.read().parquet(input);
        List<Column> fields = new ArrayList<>();
        for (String c : RECORD_COLUMNS) {
            if (Arrays.asList(table.columns()).contains(c)) fields.add(functions.col(c));
        }
        if (fields.isEmpty()) throw new DiplographException("The table " + input + " has none of the columns " + RECORD_COLUMNS);
        String rootName;
        try {
            Path root = new Path(input);
            rootName = root.getFileSystem(spark.sparkContext().hadoopConfiguration()).getFileStatus(root).getPath().toString();
        } catch (IOException e) {
            throw new DiplographException("Cannot read the table " + input + ": " + e.getMessage(), e);
        }
        Dataset<Row> rows = table.select(functions.col("_metadata.file_path"), functions.col("_metadata.row_index"),
                functions.to_json(functions.struct(fields.toArray(Column[]::new))));
        return rows.javaRDD().mapPartitions(part -> {
            List<Item> out = new ArrayList<>();
            SourceReader reader = new SourceReader((origin, message) -> out.add(Item.problem(origin, message)));
            while (part.hasNext()) {
                Row r = part.next();
                String file = r.getString(0);
                long row = r.getLong(1);
                reader.readRecord(file + "#" + (row + 1), r.getString(2),
                        doc -> out.add(new Item(new Order(index, file, row, 0), tableName(rootName, file), Doc.of(doc), null, null)));
            }
            return out.iterator();
        });
    }

    /** A part of a table named as a file of a folder given to ingest: the table's name, then the part's path inside it. */
    private static String tableName(String root, String file) {
        String r = new Path(root).toUri().getPath();
        String f = URI.create(file).getPath();
        String name = new Path(root).getName();
        return f.startsWith(r + "/") ? name + "/" + f.substring(r.length() + 1) : name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The first article read under one key; the others are named as ingest names a key read twice. */
    private static Iterator<Item> firstOfKey(Tuple2<String, Iterable<Item>> key) {
        List<Item> all = new ArrayList<>();
        key._2().forEach(all::add);
        if (all.size() == 1 || all.get(0).doc() == null) return all.iterator();   // one article, or problems of reading
        all.sort(Comparator.comparing(Item::order));
        Item first = all.get(0);
        List<Item> out = new ArrayList<>();
        out.add(first);
        for (Item other : all.subList(1, all.size())) {
            out.add(Item.problem(other.doc().origin(), "article key \"" + first.doc().key() + "\" was already read from "
                    + first.doc().origin() + " in this run; skipped"));
        }
        return out.iterator();
    }

    // ---- extracting

    /** One extractor per executor JVM: its reference tables are read once. */
    private static final class Extraction {
        static final ArticleQuads QUADS = ArticleQuads.standard();
    }

    private static Iterator<Item> extract(Iterator<Item> items, boolean teasers) {
        List<Item> out = new ArrayList<>();
        while (items.hasNext()) {
            Item i = items.next();
            if (i.doc() == null) {
                out.add(i);
                continue;
            }
            SourceDoc read = i.doc().source();
            // the page split once, for the page and each teaser it lists
            List<Page> pages;
            try {
                Page page = PageSplitter.split(read);
                pages = teasers ? PageSplitter.withTeasers(page) : List.of(page);
            } catch (RuntimeException e) {
                out.add(Item.problem(read.origin(), "cannot load article \"" + read.key() + "\": " + reason(e)));
                continue;
            }
            for (int n = 0; n < pages.size(); n++) out.add(extract(i, i.order().page(n), pages.get(n)));
        }
        return out.iterator();
    }

    private static String reason(RuntimeException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** One page (an article, or a teaser it lists) extracted, or the problem it gives. */
    private static Item extract(Item i, Order order, Page page) {
        SourceDoc doc = page.source();
        try {
            ArticleQuads.Mapped m = Extraction.QUADS.apply(doc, page, i.sourceFile(), ArticleQuads.sha256(doc.text()));
            Duplicates.Copy c = Duplicates.Copy.of(m.article(), doc.key(), m.facts().fingerprint(), m.facts().repairs(),
                    m.published(), m.facts().teaser());
            CopyRow copy = c == null ? null
                    : new CopyRow(order, c.article().getURI(), c.key(), c.fingerprint(), c.repairs(), c.published());
            Set<Node> typed = Namesakes.persons(m.quads());
            List<Mention> mentions = new ArrayList<>();
            Namesakes.labelled(m.quads()).forEach((person, facet) ->
                    mentions.add(new Mention(order, m.graph().getURI(), person.getURI(), typed.contains(person), facet)));
            return new Item(order, i.sourceFile(), null,
                    new Mapped(m.article().getURI(), m.graph().getURI(), doc.key(), nquads(m.quads()), copy, mentions,
                            m.facts().teaser()), null);
        } catch (RuntimeException e) {
            return Item.problem(doc.origin(), "cannot load article \"" + doc.key() + "\": " + reason(e));
        }
    }

    /** Quads as N-Quads lines, without the last line's end (a text part adds it). */
    static String nquads(List<Quad> quads) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(bytes, quads.iterator());
        String s = bytes.toString(StandardCharsets.UTF_8);
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    // ---- namesakes

    /**
     * The namesakes' decisions ({@link Namesakes#decide}), as ingest makes them writing the articles
     * one at a time: each person IRI's mentions are brought together and replayed in input order. The
     * decision for an IRI in an article reads only what the articles written before it say of that
     * IRI (their labels of it, the country it serves, its offices), and an article whose person is
     * told apart writes it under its own IRI, so it no longer speaks of the shared one for the
     * articles after it: the replay of one IRI needs nothing of the others.
     *
     * @return article IRI to a decision on one of its persons
     */
    static JavaPairRDD<String, Namesakes.Decision> namesakes(JavaRDD<Item> mapped, int pieces) {
        return mapped.flatMapToPair(i -> {
            List<Tuple2<String, Tuple2<String, Mention>>> out = new ArrayList<>();
            for (Mention m : i.mapped().mentions()) out.add(new Tuple2<>(m.person(), new Tuple2<>(i.mapped().article(), m)));
            return out.iterator();
        }).groupByKey(pieces).flatMapToPair(person -> {
            List<Tuple2<String, Mention>> mentions = new ArrayList<>();
            person._2().forEach(mentions::add);
            List<Tuple2<String, Namesakes.Decision>> out = new ArrayList<>();
            if (mentions.size() < 2) return out.iterator();
            mentions.sort(Comparator.comparing(m -> m._2().order()));
            Node iri = NodeFactory.createURI(person._1());
            List<Namesakes.Facet> before = new ArrayList<>();   // what the articles written so far say of it
            for (Tuple2<String, Mention> a : mentions) {
                Mention m = a._2();
                if (m.typed()) {
                    Namesakes.Facet theirs = null;
                    for (Namesakes.Facet f : before) {
                        if (!Namesakes.same(f.label(), m.facet().label())) theirs = theirs == null ? f : theirs.with(f);
                    }
                    Namesakes.Decision d = Namesakes.decide(NodeFactory.createURI(m.graph()), iri, m.facet(), theirs);
                    if (d != null) out.add(new Tuple2<>(a._1(), d));
                    if (d != null && d.own() != null) continue;   // written under its own IRI
                }
                before.add(m.facet());
            }
            return out.iterator();
        });
    }

    /** An article as written: its quads with the namesakes' decisions applied, and its link to its original (null: none). */
    record Written(Mapped mapped, Tuple2<String, String> link) implements Serializable {}

    private static Iterator<Written> written(Tuple2<String, Tuple3<Iterable<Mapped>, Iterable<Namesakes.Decision>,
            Iterable<Tuple2<String, String>>>> article) {
        Iterator<Mapped> m = article._2()._1().iterator();
        if (!m.hasNext()) return java.util.Collections.emptyIterator();
        List<Namesakes.Decision> decisions = new ArrayList<>();
        article._2()._2().forEach(decisions::add);
        Iterator<Tuple2<String, String>> link = article._2()._3().iterator();
        return List.of(new Written(m.next().decided(decisions), link.hasNext() ? link.next() : null)).iterator();
    }

    /** N-Quads lines parsed. */
    static List<Quad> parse(String nquads) {
        List<Quad> out = new ArrayList<>();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                out.add(q);
            }
        });
        return out;
    }

    // ---- duplicate links

    /**
     * The duplicate links across the whole input, each copy to its original: the pairs of copies
     * sharing a band (a join on band values of article ids alone, each pair once), kept when their
     * fingerprints (fetched by id) are similar; then each article's group (itself
     * and the similar ones read before it) and its original, chosen as {@link Duplicates#link} does when
     * the articles are written one at a time; an article's link is the one the last group it
     * belongs to gives (none when it is that group's original).
     *
     * @return copy IRI to (original IRI, original key)
     */
    static JavaPairRDD<String, Tuple2<String, String>> links(JavaRDD<CopyRow> copies, int pieces) {
        // the join on band values ships ids only: a group of n articles sharing a band gives n² small pairs
        JavaPairRDD<String, Ref> bands = copies.flatMapToPair(c -> {
            List<Tuple2<String, Ref>> out = new ArrayList<>();
            for (String band : Duplicates.bands(c.fingerprint())) out.add(new Tuple2<>(band, new Ref(c.order(), c.article())));
            return out.iterator();
        });
        // each pair of articles sharing a band once: the later article, then the earlier one
        JavaPairRDD<String, String> candidates = bands.join(bands, pieces)
                .filter(p -> p._2()._2().order().compareTo(p._2()._1().order()) < 0)
                .mapToPair(p -> new Tuple2<>(p._2()._1().article(), p._2()._2().article()))
                .distinct(pieces);
        // then the two fingerprints, by id, and the pairs that are similar
        JavaPairRDD<String, String> prints = copies.mapToPair(c -> new Tuple2<>(c.article(), c.fingerprint()));
        JavaPairRDD<String, String> similar = candidates.join(prints, pieces)
                .mapToPair(p -> new Tuple2<>(p._2()._1(), new Tuple2<>(p._1(), p._2()._2())))
                .join(prints, pieces)
                .filter(p -> Duplicates.copies(p._2()._1()._2(), p._2()._2()))
                .mapToPair(p -> new Tuple2<>(p._1(), p._2()._1()._1()));   // earlier to later
        JavaPairRDD<String, CopyRow> rows = copies.mapToPair(c -> new Tuple2<>(c.article(), c));
        // the later article to each earlier one similar to it, in full (these pairs are the copies found)
        JavaPairRDD<String, CopyRow> earlierOfLater = similar.join(rows, pieces)
                .mapToPair(p -> new Tuple2<>(p._2()._1(), p._2()._2()));
        // the later article's group: itself and its earlier copies
        JavaPairRDD<String, Tuple2<CopyRow, Iterable<CopyRow>>> groups = rows
                .join(earlierOfLater.groupByKey(pieces), pieces);
        return groups.flatMapToPair(g -> {
            CopyRow written = g._2()._1();
            List<CopyRow> members = new ArrayList<>();
            g._2()._2().forEach(members::add);
            Map<String, CopyRow> byArticle = new HashMap<>();
            List<Duplicates.Copy> earlier = new ArrayList<>();
            for (CopyRow m : members) {
                earlier.add(m.copy());
                byArticle.put(m.article(), m);
            }
            byArticle.put(written.article(), written);
            Duplicates.Copy original = Duplicates.original(written.copy(), earlier);
            CopyRow o = byArticle.get(original.article().getURI());
            List<Tuple2<String, Tuple2<Order, CopyRow>>> out = new ArrayList<>();
            for (CopyRow m : byArticle.values()) out.add(new Tuple2<>(m.article(), new Tuple2<>(written.order(), o)));
            return out.iterator();
        }).reduceByKey((a, b) -> a._1().compareTo(b._1()) >= 0 ? a : b, pieces)
                .filter(l -> !l._1().equals(l._2()._2().article()))
                .mapToPair(l -> new Tuple2<>(l._1(), new Tuple2<>(l._2()._2().article(), l._2()._2().key())));
    }

    private static Quad duplicateOf(String copy, String original) {
        return Quad.create(Terms.SUMMARY_GRAPH, NodeFactory.createURI(copy), DIP.duplicateOf, NodeFactory.createURI(original));
    }

    /** The fingerprint bands of a copy, in the summary graph, as the look-up of copies keeps them. */
    private static String bandQuads(CopyRow c) {
        Node article = NodeFactory.createURI(c.article());
        List<Quad> out = new ArrayList<>();
        for (String band : Duplicates.bands(c.fingerprint())) {
            out.add(Quad.create(Terms.SUMMARY_GRAPH, article, DIP.fingerprintBand, NodeFactory.createLiteralString(band)));
        }
        return nquads(out);
    }

    // ---- the facts export

    /** The ontology and reference data, read once per executor JVM: the facts queries name countries and kinds by it. */
    private static final class Ontology {
        static final List<Quad> QUADS = read();

        private static List<Quad> read() {
            GraphCollector collected = new GraphCollector(Terms.ONTOLOGY_GRAPH);
            ArticleMapper.standard().ontology(collected);
            return List.copyOf(collected.quads());
        }
    }

    /**
     * Each article's facts, as {@code export-facts} gives them: its graph and its link to its original
     * (with that one's key), beside the ontology, asked the export's own queries. One dataset in memory
     * per partition holds the ontology; each article is added to it, exported and taken out again. The
     * default graph holds what the named graphs hold, as a stored dataset's union graph does.
     */
    private static Iterator<String> facts(Iterator<Written> part) {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> Ontology.QUADS.forEach(q -> add(dsg, q)));
        FactsExport export = FactsExport.create(QueryRunner.local(dsg));
        while (part.hasNext()) {
            Written a = part.next();
            List<Quad> article = parse(a.mapped().nquads());
            if (a.link() != null) {
                Node original = NodeFactory.createURI(a.link()._1());
                article.add(duplicateOf(a.mapped().article(), original.getURI()));
                article.add(Quad.create(Quad.defaultGraphIRI, original, DIP.key, NodeFactory.createLiteralString(a.link()._2())));
            }
            List<Quad> added = Txn.calculateWrite(dsg, () -> {
                List<Quad> fresh = new ArrayList<>();
                for (Quad q : article) fresh.addAll(add(dsg, q));
                return fresh;
            });
            for (ArticleFacts f : export.facts()) {
                try {
                    out.add(json.writeValueAsString(f));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new DiplographException("cannot write the facts of " + f.article() + ": " + e.getMessage(), e);
                }
            }
            Txn.executeWrite(dsg, () -> added.forEach(dsg::delete));
        }
        return out.iterator();
    }

    /** Adds a quad to its graph and to the default graph (the union); gives the quads that were not there. */
    private static List<Quad> add(DatasetGraph dsg, Quad q) {
        List<Quad> fresh = new ArrayList<>(2);
        for (Quad one : q.isDefaultGraph() ? List.of(q) : List.of(q, Quad.create(Quad.defaultGraphIRI, q.asTriple()))) {
            if (!dsg.contains(one)) {
                dsg.add(one);
                fresh.add(one);
            }
        }
        return fresh;
    }

    /** Gives each part a name its readers know ({@code part-00000.gz} to {@code part-00000.nq.gz}). */
    private static void renameParts(Configuration conf, String dir, String suffix, String newSuffix) {
        try {
            Path folder = new Path(dir);
            FileSystem fs = folder.getFileSystem(conf);
            for (FileStatus f : fs.listStatus(folder)) {
                String name = f.getPath().getName();
                if (!name.startsWith("part-") || !name.endsWith(suffix)) continue;
                String base = name.substring(0, name.length() - suffix.length());
                fs.rename(f.getPath(), new Path(folder, base + newSuffix));
            }
        } catch (IOException e) {
            throw new DiplographException("Cannot name the parts in " + dir + ": " + e.getMessage(), e);
        }
    }
}
