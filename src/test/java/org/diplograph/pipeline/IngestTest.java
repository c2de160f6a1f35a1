package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplograph.article.SourceDoc;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.Facts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.rdf.Terms;
import org.diplograph.store.GraphCounts;
import org.diplograph.store.Store;
import org.diplograph.store.TestPipeline;
import org.diplograph.store.Snapshot;

/** Loading articles into a real TDB2 dataset in a temporary folder. */
class IngestTest {
    private static final String SEEDS = "seeds";
    private static final String FIRST_SEED = "001_04a527d0d29b2ca9";

    @TempDir Path tmp;
    private Store store;
    private final AtomicInteger extracted = new AtomicInteger();
    private final Map<String, Ingest.Outcome> outcomes = new TreeMap<>();

    @BeforeEach
    void open() {
        store = Store.open(tmp.resolve("data"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private IngestReport ingest(String... paths) {
        return ingest(org.diplograph.rdf.ReferenceTables.load().extractor()::extract, paths);
    }

    private IngestReport ingest(Function<SourceDoc, Facts.Article> extractor, String... paths) {
        outcomes.clear();
        Function<org.diplograph.article.Page, Facts.Article> counting = page -> {
            extracted.incrementAndGet();
            return extractor.apply(page.source());
        };
        return Ingest.create().store(store).mapper(TestPipeline.mapper())
                .extractor(counting, Extractor.VERSION)
                .progress((origin, key, outcome) -> outcomes.put(key == null ? origin : key, outcome))
                .build().run(List.of(paths));
    }

    @Test
    void loadsTheSeedsAndCountsWhatTheyState() {
        IngestReport r = ingest(SEEDS);

        assertEquals(5, r.articlesNew());
        assertEquals(0, r.articlesChanged() + r.articlesUnchanged() + r.failed());
        assertTrue(r.ontologyLoaded());
        GraphCounts c = r.counts();
        assertEquals(5, c.articles());
        // counted from the hand-made answers for the seeds
        assertEquals(5, c.countries(), "JP, VN, LA, BY, ID; Singapore is only in the reference data and a teaser");
        assertTrue(c.organisations() >= 18, "the 18 organisations the answers name, at least: " + c.organisations());
        assertEquals(11, c.persons(), "the six persons of the Tokyo story are one node each in both its copies");
        assertEquals(2, c.agreements(), "the memorandum both copies of the Tokyo story report, one node; one in the Vientiane story");
        assertEquals(8, c.events(), "the Tokyo copies tell one visit and four meetings within it, the same nodes in both; a ceremony, a conference, a meeting");
        assertEquals(c, GraphCounts.of(store.dataset()));
        assertTrue(c.triples() > 100);
        // the run's node states the dataset's quads at the end, its own record aside (the first run's
        // record is the whole runs graph)
        DatasetGraph dsg = store.dataset();
        Txn.executeRead(dsg, () -> {
            var counts = org.apache.jena.atlas.iterator.Iter.toList(dsg.find(Terms.RUNS_GRAPH, Node.ANY, Terms.TRIPLE_COUNT, Node.ANY));
            assertEquals(1, counts.size(), counts.toString());
            long record = org.apache.jena.atlas.iterator.Iter.count(dsg.find(Terms.RUNS_GRAPH, Node.ANY, Node.ANY, Node.ANY));
            assertEquals(c.triples() - record, ((Number) counts.get(0).getObject().getLiteralValue()).longValue());
        });
    }

    @Test
    void keepsSummaryCountsPerBilateralRelation() {
        IngestReport r = ingest(SEEDS);

        assertEquals(3, r.relationsUpdated(), "JP-VN, LA-VN, BY-VN; the Jakarta conference makes no pair");
        assertEquals(List.of(1L, 5L, 1L), summary("JP-VN"),
                "the Tokyo story once (its glued copy is a duplicate): a visit, four meetings and a memorandum");
        assertEquals(List.of(1L, 1L, 1L), summary("LA-VN"), "the ceremony held with VNPT and the 2017 memorandum");
        assertEquals(List.of(1L, 1L, 0L), summary("BY-VN"), "the Hanoi meeting");
    }

    @Test
    void secondRunOverTheSameInputsChangesNothingNotEvenTheRunsGraph() {
        ingest(SEEDS);
        Map<Node, Graph> before = snapshot();
        int extractedBefore = extracted.get();

        IngestReport again = ingest(SEEDS);

        assertEquals(5, again.articlesUnchanged());
        assertEquals(0, again.articlesNew() + again.articlesChanged() + again.failed());
        assertFalse(again.ontologyLoaded());
        assertEquals(extractedBefore, extracted.get(), "unchanged articles are not extracted again");
        Snapshot.assertSame(before, snapshot());
        assertEquals(1, runs(), "a run that changed nothing leaves no record");
    }

    @Test
    void onlyAChangedFileIsReadAgain() throws IOException {
        Path in = copySeeds();
        ingest(in.toString());
        int extractedBefore = extracted.get();
        Path changed = in.resolve(FIRST_SEED + ".txt");
        Files.writeString(changed, Files.readString(changed) + "\nUn paragraphe ajouté.\n");

        IngestReport r = ingest(in.toString());

        assertEquals(1, r.articlesChanged());
        assertEquals(4, r.articlesUnchanged());
        assertEquals(extractedBefore + 1, extracted.get());
        assertEquals(Ingest.Outcome.CHANGED, outcomes.get(FIRST_SEED));
        assertEquals(5, r.counts().articles());
        assertEquals(Ingest.sha256(Files.readString(changed)), storedHash(FIRST_SEED));
        // the second run's record shares the software agent's quads with the first: only its new
        // quads are added to the size reported
        assertEquals(GraphCounts.of(store.dataset()), r.counts());
    }

    @Test
    void badInputsAreReportedByFileAndTheOthersLoad() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of(SEEDS, FIRST_SEED + ".txt"), in.resolve(FIRST_SEED + ".txt"));
        Files.write(in.resolve("latin1.txt"), "Le Viêt Nam et le Japon".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("broken.json"), "{\"id\": \"x\", \"text\": \"sans fin");
        Files.writeString(in.resolve("noid.json"), "{\"text\": \"Un article sans identifiant.\"}");
        Files.writeString(in.resolve("boom.json"), "{\"id\": \"boom\", \"text\": \"L'extracteur échoue ici.\"}");
        Function<SourceDoc, Facts.Article> failingOnBoom = doc -> {
            if (doc.key().equals("boom")) throw new IllegalStateException("cannot read this one");
            return org.diplograph.rdf.ReferenceTables.load().extractor().extract(doc);
        };

        IngestReport r = ingest(failingOnBoom, in.toString());

        assertEquals(1, r.articlesNew());
        assertEquals(4, r.failed());
        assertEquals(1, r.counts().articles());
        Set<String> origins = new HashSet<>();
        r.problems().forEach(p -> origins.add(Path.of(p.origin().replaceAll("[#:]\\d+$", "")).getFileName().toString()));
        assertEquals(Set.of("latin1.txt", "broken.json", "noid.json", "boom.json"), origins);
        assertTrue(message(r, "latin1.txt").contains("UTF-8"));
        assertTrue(message(r, "broken.json").contains("JSON"));
        assertTrue(message(r, "noid.json").contains("id"));
        assertTrue(message(r, "boom.json").contains("cannot read this one"));
    }

    @Test
    void aFailedArticleKeepsWhatWasLoadedBefore() throws IOException {
        Path in = copySeeds();
        ingest(in.toString());
        String hash = storedHash(FIRST_SEED);
        Map<Node, Graph> before = snapshot();
        Path changed = in.resolve(FIRST_SEED + ".txt");
        Files.writeString(changed, Files.readString(changed) + "\nEncore.\n");

        IngestReport r = ingest(doc -> { throw new IllegalStateException("extractor broke"); }, in.toString());

        assertEquals(1, r.failed());
        assertEquals(4, r.articlesUnchanged());
        assertEquals(5, r.counts().articles());
        assertEquals(hash, storedHash(FIRST_SEED));
        Snapshot.assertSame(before, snapshot());
    }

    @Test
    void aKeyReadTwiceInOneRunIsReportedNotOverwritten() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), "{\"id\": \"same\", \"text\": \"premier\"}\n{\"id\": \"same\", \"text\": \"second\"}\n");

        IngestReport r = ingest(in.toString());

        assertEquals(1, r.articlesNew());
        assertEquals(1, r.failed());
        assertTrue(r.problems().get(0).origin().endsWith("a.jsonl:2"));
        assertEquals(Ingest.sha256("premier"), storedHash("same"));
    }

    @Test
    void aLinkOutsideTheInputIsReportedAndWhatItPointsToIsNowhereInTheDataset() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of(SEEDS, FIRST_SEED + ".txt"), in.resolve(FIRST_SEED + ".txt"));
        Path secret = Files.writeString(Files.createDirectories(tmp.resolve("elsewhere")).resolve("shadow"), SECRET);
        Files.createSymbolicLink(in.resolve("shadow.txt"), secret);

        IngestReport r = ingest(in.toString());

        assertEquals(1, r.articlesNew());
        assertEquals(1, r.failed());
        assertTrue(message(r, "shadow.txt").contains("points outside the input"), message(r, "shadow.txt"));
        assertFalse(holds(SECRET_MARK), "the linked file's text is nowhere in the dataset");
    }

    @Test
    void jsonNestedTooDeepIsOneFailedInputAndTheValidFileBesideItLoads() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a-deep.json"), "[".repeat(100_000));
        Files.copy(Path.of(SEEDS, FIRST_SEED + ".txt"), in.resolve(FIRST_SEED + ".txt"));

        IngestReport r = ingest(in.toString());

        assertEquals(1, r.articlesNew());
        assertEquals(1, r.failed());
        assertTrue(message(r, "a-deep.json").contains("JSON nested deeper than 100 levels"), message(r, "a-deep.json"));
    }

    @Test
    void theSameFilesNamedByAnotherFormOfTheirPathAreUnchanged() {
        ingest(SEEDS);
        String absolute = Path.of(SEEDS).toAbsolutePath().toString();
        for (String form : List.of("./" + SEEDS, absolute, SEEDS + "/../" + SEEDS, SEEDS + "/", "./" + SEEDS + "/*.txt",
                absolute + "/*.txt")) {
            IngestReport r = ingest(form);
            assertEquals(5, r.articlesUnchanged(), form);
            assertEquals(0, r.articlesNew() + r.articlesChanged() + r.failed(), form);
        }
        IngestReport one = ingest(absolute + "/" + FIRST_SEED + ".txt");
        assertEquals(1, one.articlesUnchanged(), "a file given alone is named as when its folder is given");
        assertEquals(SEEDS + "/" + FIRST_SEED + ".txt", storedSourceFile(FIRST_SEED), "as before: relative to the working folder");
    }

    @Test
    void aDatasetLoadedUnderAnOlderFormOfTheNamesIsRestampedOnceWithoutDuplicates() {
        // as an earlier version recorded "ingest ./seeds": the path as typed
        Ingest.create().store(store).mapper(TestPipeline.mapper()).sourceNames(f -> "./" + f.toString()).build()
                .run(List.of(SEEDS));
        assertEquals("./" + SEEDS + "/" + FIRST_SEED + ".txt", storedSourceFile(FIRST_SEED));

        IngestReport r = ingest("./" + SEEDS);
        assertEquals(5, r.articlesChanged(), "the name is stamped again, once");
        assertEquals(0, r.articlesNew());
        assertEquals(5, r.counts().articles(), "the same articles, not copies");
        assertEquals(SEEDS + "/" + FIRST_SEED + ".txt", storedSourceFile(FIRST_SEED));
        assertEquals(5, ingest(SEEDS).articlesUnchanged());
    }

    @Test
    void filesOutsideTheWorkingFolderAreNamedWithoutAbsolutePathsWhateverFormNamesThem() throws IOException {
        Path in = copySeeds();
        ingest(in.toString());
        String relative = Path.of("").toAbsolutePath().relativize(in.toAbsolutePath()).toString();
        for (String form : List.of(relative, in + "/../" + in.getFileName(), in + "/")) {
            IngestReport r = ingest(form);
            assertEquals(5, r.articlesUnchanged(), form);
            assertEquals(0, r.articlesNew() + r.articlesChanged() + r.failed(), form);
        }
        assertEquals("seeds/" + FIRST_SEED + ".txt", storedSourceFile(FIRST_SEED), "the folder given and what lies under it");
        assertFalse(holds(tmp.toString()), "no absolute input path anywhere, the runs graph included");
        assertFalse(holds(tmp.toRealPath().toString()));
    }

    // ---- helpers

    private static final String SECRET_MARK = "SECRET-7f3a-ne-pas-lire";
    /** French, so that it would pass the language check if it were ever read. */
    private static final String SECRET = "Le ministre des Affaires étrangères a reçu l'ambassadeur du Canada à Lima. "
            + SECRET_MARK + " Les deux parties ont évoqué la coopération dans le domaine de l'énergie.";

    /** Whether any literal or IRI of the dataset, in any graph, holds {@code text}. */
    private boolean holds(String text) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            for (var it = dsg.find(); it.hasNext(); ) {
                org.apache.jena.sparql.core.Quad q = it.next();
                for (Node n : List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                    if ((n.isLiteral() ? n.getLiteralLexicalForm() : n.toString()).contains(text)) return true;
                }
            }
            return false;
        });
    }

    private String storedSourceFile(String key) {
        DatasetGraph dsg = store.dataset();
        Node g = TestPipeline.mapper().graphFor(key);
        return Txn.calculateRead(dsg, () -> Ingest.Stamp.read(dsg, g).sourceFile());
    }


    private Path copySeeds() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("seeds"));
        try (var files = Files.list(Path.of(SEEDS))) {
            for (Path f : files.toList()) Files.copy(f, in.resolve(f.getFileName().toString()));
        }
        return in;
    }

    private static String message(IngestReport r, String file) {
        return r.problems().stream().filter(p -> p.origin().contains(file)).findFirst().orElseThrow().message();
    }

    private List<Long> summary(String pair) {
        DatasetGraph dsg = store.dataset();
        Node r = Terms.id("relation/" + pair);
        return Txn.calculateRead(dsg, () -> {
            List<Long> out = new ArrayList<>();
            for (Node p : List.of(Terms.ARTICLE_COUNT, Terms.EVENT_COUNT, Terms.AGREEMENT_COUNT)) {
                var it = dsg.find(Terms.SUMMARY_GRAPH, r, p, Node.ANY);
                out.add(((Number) it.next().getObject().getLiteralValue()).longValue());
                assertFalse(it.hasNext(), "one value per count");
            }
            return out;
        });
    }

    private String storedHash(String key) {
        DatasetGraph dsg = store.dataset();
        Node g = TestPipeline.mapper().graphFor(key);
        return Txn.calculateRead(dsg, () -> Ingest.Stamp.read(dsg, g).hash());
    }

    private long runs() {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(Terms.RUNS_GRAPH, Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, Terms.INGEST_RUN);
                 it.hasNext(); it.next()) n++;
            return n;
        });
    }

    private Map<Node, Graph> snapshot() {
        return Snapshot.of(store.dataset(), Terms.RUNS_GRAPH);
    }
}
