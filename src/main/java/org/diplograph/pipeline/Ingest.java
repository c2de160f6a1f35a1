package org.diplograph.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.DiplographException;
import org.diplograph.article.InputProblem;
import org.diplograph.article.Page;
import org.diplograph.article.PageSplitter;
import org.diplograph.article.SourceDoc;
import org.diplograph.article.SourceReader;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.Facts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.diplograph.rdf.ArticleMapper;
import org.diplograph.rdf.ArticleQuads;
import org.diplograph.rdf.Terms;
import org.diplograph.store.GraphCounts;
import org.diplograph.summary.SummaryObserver;
import org.diplograph.store.ArticleChange;
import org.diplograph.store.ArticleSink;
import org.diplograph.store.Store;
import org.diplograph.store.StoreWrite;
import org.diplograph.store.Compaction;

/**
 * Brings a store up to date with a set of input files.
 *
 * <pre>
 *   IngestReport r = Ingest.create().store(store).build().run(List.of("seeds"));
 * </pre>
 *
 * <p>For each article read: the SHA-256 of its source text is compared with the
 * {@code dip:contentHash} stored in its graph, and the extractor version and source file likewise;
 * when all three match the article is skipped without being extracted again. The source file is
 * named as {@link SourceReader#inputs} names it, the same whatever form of its path was typed
 * ({@code seeds}, {@code ./seeds/}, its absolute path), so that form changes nothing. Otherwise its facts are
 * extracted and mapped first, then its named graph is replaced (removed and written) in one write
 * transaction of the store's {@link ArticleSink}, so a reader sees either the old or the new article,
 * and a failure leaves the old one. In the same transaction the sink's observer ({@link SummaryObserver})
 * recomputes the summary counts of the keys the article touches (before or after) and its duplicate
 * links, so every commit leaves a consistent
 * dataset: a run stopped at any point, even by SIGKILL, leaves the articles it committed, with their
 * counts, and the next run does the rest. A run in {@link Mode#EXCLUSIVE} counts at its end: it
 * commits markers instead of counts, and the dataset is consistent at its end; stopped before, it
 * leaves the markers, which the next command counts first ({@code PendingCounts.resolve}).
 * The ontology graph is rewritten only when what the mapper emits for it differs (as a graph) from
 * what is stored. After the articles, a run that added, changed or failed anything is described by
 * one node in {@code id:graph/runs}. Running twice over the same inputs changes nothing at all.
 *
 * <p>Whatever is wrong with one input (unreadable file or folder, a symbolic link pointing outside the
 * paths given, bad JSON or JSON nested too deep, text that is not UTF-8, a record without id, an
 * article the extractor or mapper fails on, a key read twice) is reported to the
 * problem policy with its origin, counted as failed, and the run goes on. A failure to write the
 * store (disk full, file too large, folder not writable) is not the input's fault and would recur on
 * every article: it stops the run with a {@link DiplographException} naming the dataset.
 */
public final class Ingest {
    private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

    /**
     * How a run shares the dataset. Each mode is safe for the use it names; the settings that are
     * only safe for a run that is the dataset's sole user come together in {@link #EXCLUSIVE}; a
     * load into an empty dataset may write the database's files directly, as Jena's loader does
     * ({@link #BULK}).
     */
    public enum Mode {
        /**
         * Others may read and write the dataset during the run (the server, its watcher, HTTP
         * ingest): every commit holds the counts and duplicate links of its articles, and copies are
         * looked up in the dataset, so a reader never sees rows that lag and what another writer
         * commits is seen by the next article.
         */
        LIVE,
        /**
         * The run is the dataset's sole user (the command line holds it alone): the stored articles'
         * fingerprints are read once into an in-memory index that finds the candidate copies (about
         * 2 kB of heap per stored article; the links are the same), and the summary rows of what the
         * batches touch are counted once, at the end of the run, each lagging key and article marked
         * ({@code PendingCounts}) in the transaction that writes the articles; a run stopped before
         * its end leaves the markers, which the next command counts first. The dataset at the end of
         * the run is the one {@link #LIVE} gives. Only this mode may compact during the run.
         */
        EXCLUSIVE,
        /**
         * The run fills an empty dataset it holds alone (one holding no article, summary or
         * correction; another is refused with a {@link DiplographException}): the articles are
         * extracted on the workers as in the other modes, and the writing thread streams their quads,
         * in the order read, into Jena's parallel loader, which fills a new database beside the
         * store's ({@link org.diplograph.store.BulkLoad}); the duplicate links are found in memory as
         * the articles come, the summary counted once after the load ({@link AfterLoad}), and the new
         * database then put in place of the old one. The dataset is the one {@link #EXCLUSIVE} gives,
         * quad for quad (the run's own record aside). A run stopped before its end leaves the dataset as
         * it was; the next open removes the partial copy and says so. Progress reports an article once
         * its quads are handed to the loader, not committed: only the end of the run commits them.
         */
        BULK
    }

    /** What happened to one article. */
    public enum Outcome { NEW, CHANGED, UNCHANGED, FAILED }

    /** Told about each article as it is handled; {@code key} is null when the input had none. */
    @FunctionalInterface
    public interface Progress {
        void article(String origin, String key, Outcome outcome);
    }

    private final Store store;
    private final Function<Page, Facts.Article> extractor;
    private final String extractorVersion;
    private final ArticleMapper mapper;
    /** The extractor and the mapper as one function of an article. */
    private final ArticleQuads articleQuads;
    /** Whether the mapper is the builder's default: only its quads name the keys the facts give. */
    private final boolean standardMapper;
    private final InputProblem problems;
    private final Progress progress;
    private final long maxArticleSize;
    private final boolean teasers;
    private final boolean strict;
    private final Function<Path, String> sourceNames;
    private final int batch;
    private final boolean countDataset;
    private final Mode mode;
    private final Compaction.Schedule compaction;
    private final long batchWaitNanos;
    private final int workers;

    private Ingest(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.mapper = b.mapper;
        this.standardMapper = b.standardMapper;
        this.extractor = b.extractor;
        this.extractorVersion = b.extractorVersion;
        this.articleQuads = ArticleQuads.of(extractor, mapper);
        this.problems = b.problems;
        this.progress = b.progress;
        this.maxArticleSize = b.maxArticleSize;
        this.teasers = b.teasers;
        this.strict = b.strict;
        this.sourceNames = b.sourceNames;
        this.batch = b.batch;
        this.countDataset = b.countDataset;
        this.mode = b.mode;
        this.compaction = b.compaction;
        if (compaction != null && mode != Mode.EXCLUSIVE) {
            throw new IllegalStateException("compaction during a run needs the exclusive mode");
        }
        this.batchWaitNanos = b.batchWait.toNanos();
        this.workers = b.workers;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Options of an ingest; {@code store} is required. */
    public static final class Builder {
        private Store store;
        private ArticleMapper mapper = ArticleMapper.standard();
        private boolean standardMapper = true;
        private Function<Page, Facts.Article> extractor = org.diplograph.rdf.ReferenceTables.load().extractor()::extract;
        private String extractorVersion = Extractor.VERSION;
        private InputProblem problems = InputProblem.logging();
        private Progress progress = (origin, key, outcome) -> { };
        private long maxArticleSize = SourceReader.DEFAULT_MAX_ARTICLE_SIZE;
        private boolean teasers;
        private boolean strict;
        private Function<Path, String> sourceNames;
        private int batch = 1;
        private boolean countDataset = true;
        private Mode mode = Mode.LIVE;
        private Compaction.Schedule compaction;
        private java.time.Duration batchWait = java.time.Duration.ofSeconds(2);
        private int workers = 1;

        private Builder() {}

        /**
         * How many threads extract, map and check articles while the calling thread writes (default:
         * 1, all on the calling thread). With more, the articles are still written, linked and reported
         * in the order they are read, so the dataset and the report are those of one thread; at most a
         * few batches of prepared articles wait to be written, so memory stays bounded.
         */
        public Builder workers(int threads) {
            if (threads < 1) throw new IllegalArgumentException("workers must be at least 1: " + threads);
            this.workers = threads;
            return this;
        }

        /**
         * How long a batch waits for more articles before it is committed anyway (default: two
         * seconds), so that a slow input does not hold back what was read before. A load of files that
         * are all at hand can wait longer and fill its batches.
         */
        public Builder batchWait(java.time.Duration wait) {
            if (wait.isNegative()) throw new IllegalArgumentException("negative batch wait: " + wait);
            this.batchWait = wait;
            return this;
        }

        /**
         * How the run shares the dataset (default: {@link Mode#LIVE}). Only {@link Mode#EXCLUSIVE}
         * may keep state the dataset does not hold (the copy index, the counts put off), which is why
         * the two come together and cannot be chosen one by one.
         */
        public Builder mode(Mode mode) {
            this.mode = Objects.requireNonNull(mode);
            return this;
        }

        /**
         * Compacts the dataset between two batches when {@code schedule} says its files have grown
         * enough (default: never during the run), which bounds the disk a long load takes. Only in
         * {@link Mode#EXCLUSIVE}: a compaction waits for every transaction of the process to end,
         * which would stall the readers and writers a live run shares the dataset with.
         */
        public Builder compaction(Compaction.Schedule schedule) {
            this.compaction = schedule;
            return this;
        }

        /**
         * Whether the report counts what the whole dataset holds (default: yes). The counts take a pass
         * over every graph, which a server reading one file per request does not need: without them,
         * {@link IngestReport#counts()} is null, and the run's node in the runs graph states no
         * {@code dip:tripleCount}.
         */
        public Builder countDataset(boolean count) {
            this.countDataset = count;
            return this;
        }

        /**
         * How many articles at most are written per transaction (default: 1). Each transaction holds
         * whole articles with the counts and duplicate links they change, so readers still see an
         * article whole or not at all and a crash keeps every committed article; a larger batch
         * recomputes the counts and commits to disk once for many articles. An article is reported to
         * {@link #progress} once its batch is committed; a batch is also committed when it has waited
         * {@link #batchWait}. An article that cannot be read, extracted, mapped or that a shape refuses
         * never joins a batch: it is reported and the others are written.
         */
        public Builder batch(int articles) {
            if (articles < 1) throw new IllegalArgumentException("batch must be at least 1: " + articles);
            this.batch = articles;
            return this;
        }

        /** Whether each teaser listed on a page is read as an article of its own (default: no). */
        public Builder teasers(boolean read) {
            this.teasers = read;
            return this;
        }

        /** The largest article read, in characters; larger ones are reported and skipped. */
        public Builder maxArticleSize(long chars) {
            this.maxArticleSize = chars;
            return this;
        }

        public Builder store(Store store) {
            this.store = store;
            return this;
        }

        /** How facts become quads (default: {@link ArticleMapper#standard()}). */
        public Builder mapper(ArticleMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper);
            this.standardMapper = false;
            return this;
        }

        /**
         * The extractor and its version (default: {@link Extractor}). It is given each article's page,
         * split once by the run (a page read with its teasers is split once for all of them). The
         * version must be the one the mapper writes as {@code dip:extractorVersion}: articles stored
         * with another are read again.
         */
        public Builder extractor(Function<Page, Facts.Article> extractor, String version) {
            this.extractor = Objects.requireNonNull(extractor);
            this.extractorVersion = Objects.requireNonNull(version);
            return this;
        }

        /** Where input problems go, besides the report (default: logged at WARN). */
        public Builder problems(InputProblem problems) {
            this.problems = Objects.requireNonNull(problems);
            return this;
        }

        /**
         * How an input file is named as {@code dip:sourceFile} and in the runs graph (default: the
         * name {@link SourceReader#inputs} gives it, the same whatever form of its path was typed, and
         * never an absolute path). A server that receives a file over HTTP into a temporary place
         * records the client's name instead.
         */
        public Builder sourceNames(Function<Path, String> sourceNames) {
            this.sourceNames = Objects.requireNonNull(sourceNames);
            return this;
        }

        public Builder progress(Progress progress) {
            this.progress = Objects.requireNonNull(progress);
            return this;
        }

        /** Refuse articles that break a SHACL shape instead of loading them with a warning (default: false). */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        public Ingest build() {
            return new Ingest(this);
        }
    }

    /**
     * Why {@code store} cannot take a {@link Mode#BULK} run, or null when it can (it holds no
     * article, summary or correction, only the ontology and runs graphs if anything).
     */
    public static String bulkRefusal(Store store) {
        return BulkWriter.refusal(store);
    }

    /** Reads every input under {@code paths} (files, folders or globs) into the store. */
    public IngestReport run(List<String> paths) {
        return new Run().execute(reader -> reader.inputs(paths));
    }

    /**
     * Reads input files listed before, each under its listed name (a watcher lists its folder, with
     * the listing's checks, and reads the files that are ready).
     */
    IngestReport read(List<SourceReader.Input> inputs) {
        return new Run().execute(reader -> inputs);
    }

    /**
     * Extracts every stored article again from the source text its graph keeps ({@link StoredSources}),
     * whether or not it is current: for a new extractor, or to repair a dataset, without the files.
     */
    public IngestReport reextract() {
        return new Run(true).executeStored(k -> true);
    }

    /**
     * As {@link #reextract()}, for the stored articles whose key is in {@code keys} only (a teaser
     * key reads its page again, teasers included when {@link Builder#teasers} is set).
     */
    public IngestReport reextract(java.util.Collection<String> keys) {
        Set<String> pages = new java.util.HashSet<>();
        for (String k : keys) pages.add(k.contains("~teaser-") ? k.substring(0, k.indexOf("~teaser-")) : k);
        return new Run(true).executeStored(pages::contains);
    }

    /** The state of one run. */
    private final class Run {
        /** The store's dataset; another once a bulk load has put its own in place. */
        private DatasetGraph dsg = store.dataset();
        /** Where the articles go in {@link Mode#BULK}; null in the other modes. */
        private BulkWriter bulk;
        /** In {@link Mode#BULK}, the ontology graph to load in place of the stored one (null: the stored one is current). */
        private List<Quad> ontology;
        private final List<IngestReport.Problem> reported = new ArrayList<>();
        private final Map<String, String> seenKeys = new HashMap<>();
        private final Set<Node> touchedArticles = new LinkedHashSet<>();
        private final int[] outcomes = new int[Outcome.values().length];
        private final ShapeCheck shapes = new ShapeCheck(strict, problems);
        private final List<Pending> pending = new ArrayList<>();
        private final ReadAhead ahead = new ReadAhead(workers, Math.max(4 * workers, Math.min(batch, 1000)));
        private long batchStarted;
        /** Keeps the summary current at each write: counted at each commit, or at the end in {@link Mode#EXCLUSIVE}. */
        private final SummaryObserver summary = mode == Mode.EXCLUSIVE ? SummaryObserver.exclusive() : SummaryObserver.live();
        private final ArticleSink sink = ArticleSink.create().store(store).observer(summary).build();
        /** Whether every article is extracted again, even one whose stamp matches. */
        private final boolean force;

        Run() {
            this(false);
        }

        Run(boolean force) {
            this.force = force;
        }

        IngestReport execute(Function<SourceReader, List<SourceReader.Input>> listing) {
            Instant started = Instant.now();
            boolean ontologyLoaded = loadOntology();

            SourceReader reader = new SourceReader((origin, message) -> ahead.inOrder(() -> () -> problem(origin, message)),
                    maxArticleSize);
            List<SourceReader.Input> inputs = listing.apply(reader);
            List<String> names = inputs.stream().map(i -> sourceNames == null ? i.name() : sourceNames.apply(i.file())).toList();
            if (mode == Mode.BULK) startBulk();
            try (ahead) {
                for (int i = 0; i < inputs.size(); i++) {
                    String name = names.get(i);
                    reader.read(inputs.get(i).file(), doc -> pages(doc).forEach(a -> article(a, name)));
                }
                ahead.drain();
            } catch (RuntimeException | Error e) {
                if (bulk != null) bulk.abort(e instanceof Exception x ? x : new RuntimeException(e));
                throw e;
            }
            return finish(started, ontologyLoaded, names);
        }

        IngestReport executeStored(java.util.function.Predicate<String> keys) {
            if (mode == Mode.BULK) throw new IllegalStateException("the bulk mode reads files into an empty dataset");
            Instant started = Instant.now();
            boolean ontologyLoaded = loadOntology();
            List<StoredSources.Stored> stored = StoredSources.list(dsg).stream().filter(s -> keys.test(s.doc().key())).toList();
            try (ahead) {
                stored.forEach(s -> pages(s.doc()).forEach(a -> article(a, s.sourceFile())));
                ahead.drain();
            }
            return finish(started, ontologyLoaded, stored.stream().map(StoredSources.Stored::sourceFile).distinct().toList());
        }

        private IngestReport finish(Instant started, boolean ontologyLoaded, List<String> files) {
            flush();
            summary.countPending(store);
            if (bulk != null) {
                long loading = System.nanoTime();
                bulk.finish();
                dsg = store.dataset();
                LOG.info("Bulk load: {} quads loaded, counted and put in place in {} ms after the last article", bulk.quads(),
                        (System.nanoTime() - loading) / 1_000_000);
            }
            LOG.info("Articles: {} new, {} changed, {} unchanged, {} failed, from {} files",
                    n(Outcome.NEW), n(Outcome.CHANGED), n(Outcome.UNCHANGED), reported.size(), files.size());

            int relations = (bulk != null ? bulk.relations() : summary.relations()).size();
            LOG.info("Summary: {} bilateral relations and the duplicate links of {} articles kept current",
                    relations, touchedArticles.size());

            GraphCounts before = countDataset ? GraphCounts.of(dsg) : null;
            // A run that changed nothing leaves no record: re-running a load leaves the dataset as it was.
            boolean changed = n(Outcome.NEW) + n(Outcome.CHANGED) > 0 || !reported.isEmpty() || ontologyLoaded;
            long recorded = 0;
            if (changed) {
                recorded = RunLog.record(store, new RunLog.Entry(started, Instant.now(), files,
                        n(Outcome.NEW), n(Outcome.CHANGED), n(Outcome.UNCHANGED), reported.size(),
                        before != null ? Long.valueOf(before.triples()) : null, extractorVersion));
            }
            GraphCounts counts = before == null ? null : before.withTriples(before.triples() + recorded);   // the run's own node added
            if (counts != null) {
                LOG.info("Dataset: {} quads, {} articles, {} countries, {} organisations, {} persons, {} agreements, {} events",
                        counts.triples(), counts.articles(), counts.countries(), counts.organisations(), counts.persons(),
                        counts.agreements(), counts.events());
            }
            return new IngestReport(n(Outcome.NEW), n(Outcome.CHANGED), n(Outcome.UNCHANGED), reported.size(),
                    ontologyLoaded, relations, counts, reported, shapes.violations());
        }

        /** Starts the bulk load, or refuses a dataset that is not empty. */
        private void startBulk() {
            String refused = BulkWriter.refusal(store);
            if (refused != null) throw new DiplographException("Cannot bulk-load: " + refused + ".");
            LOG.info("Bulk load into {}, an empty dataset: the articles go to Jena's parallel loader, into a new database put"
                    + " in place at the end", store.folder());
            bulk = BulkWriter.start(store, ontology);
        }

        private int n(Outcome o) {
            return outcomes[o.ordinal()];
        }

        private void problem(String origin, String message) {
            reported.add(new IngestReport.Problem(origin, message));
            problems.report(origin, message);
        }

        private boolean loadOntology() {
            OntologyGraph.Emitted emitted = OntologyGraph.of(mapper);
            Graph fresh = emitted.graph();
            if (Txn.calculateRead(dsg, () -> OntologyGraph.stored(dsg, fresh))) {
                LOG.info("Ontology graph: unchanged ({} triples)", fresh.size());
                return false;
            }
            if (mode == Mode.BULK) {
                ontology = emitted.quads();   // loaded with the articles, not written into the dataset replaced
                LOG.info("Ontology graph: {} triples to load", fresh.size());
                return true;
            }
            StoreWrite.run(store, "the ontology graph", () -> {
                dsg.deleteAny(Terms.ONTOLOGY_GRAPH, Node.ANY, Node.ANY, Node.ANY);
                emitted.quads().forEach(dsg::add);
            });
            store.text().reindex(Terms.ONTOLOGY_GRAPH);   // written around the article sink: its names indexed here
            LOG.info("Ontology graph: loaded {} triples", fresh.size());
            return true;
        }

        private void article(Source source, String sourceFile) {
            SourceDoc doc = source.doc();
            String earlier = seenKeys.putIfAbsent(doc.key(), doc.origin());
            if (earlier != null) {
                ahead.inOrder(() -> () -> fail(doc, "article key \"" + doc.key() + "\" was already read from " + earlier
                        + " in this run; skipped"));
                return;
            }
            ahead.inOrder(() -> prepare(source, sourceFile));
        }

        /**
         * Reads the stored stamp, extracts, maps and checks one article, on a worker when there are
         * several: nothing here writes or reports. Returns what the writing thread then does with it,
         * in read order: report it unchanged or failed, or add it to the batch.
         */
        private Runnable prepare(Source source, String sourceFile) {
            SourceDoc doc = source.doc();
            try {
                String hash = sha256(doc.text());
                Node graph = mapper.graphFor(doc.key());
                Stamp current = new Stamp(hash, extractorVersion, sourceFile);
                // a bulk load fills a dataset without articles: nothing stored to read
                Stamp stored = mode == Mode.BULK ? null : Txn.calculateRead(dsg, () -> Stamp.read(dsg, graph));
                if (current.equals(stored) && !force) return () -> done(doc, Outcome.UNCHANGED);
                ArticleQuads.Mapped mapped = articleQuads.apply(doc, source.page(), sourceFile, hash);
                Facts.Article facts = mapped.facts();
                List<Quad> quads = mapped.quads();
                List<String> violations = ShapeCheck.violations(quads);
                Node article = mapped.article();
                // what the article joins, from its facts, found here rather than by the writing thread
                ArticleChange.Joined joined = standardMapper
                        ? SummaryObserver.joins(article, facts, quads) : SummaryObserver.joinsAsMapped(article, facts, quads);
                Pending p = new Pending(doc, graph, quads, article, joined, stored == null ? Outcome.NEW : Outcome.CHANGED);
                return () -> {
                    String refused = shapes.refusal(doc, violations);
                    if (refused != null) fail(doc, refused);
                    else write(p);
                };
            } catch (RuntimeException e) {
                LOG.debug("{} failed", doc.origin(), e);
                String message = "cannot load article \"" + doc.key() + "\": " + describe(e);
                return () -> fail(doc, message);
            }
        }

        private void write(Pending p) {
            if (bulk != null) {
                bulk.write(p.graph(), p.article(), p.quads(), p.joined());
                touchedArticles.add(p.article());
                done(p.doc(), p.outcome());
                return;
            }
            if (pending.isEmpty()) batchStarted = System.nanoTime();
            pending.add(p);
            if (pending.size() >= batch || System.nanoTime() - batchStarted > batchWaitNanos) flush();
        }

        /**
         * Writes the pending articles in one transaction of the sink, whose observer keeps the counts
         * and duplicate links they change: each article is written and linked in turn, as if committed
         * alone, and the counts of every key the batch touched are taken once at the end (or, in
         * {@link Mode#EXCLUSIVE}, marked in this transaction and taken at the end of the run). The
         * keys an article joins and what it is compared by for copies come from its facts
         * ({@link SummaryObserver#joins}); an article an editor's correction changed is read back.
         * A failure to write is the store's, not the articles': it stops the run (see StoreWrite).
         */
        private void flush() {
            if (pending.isEmpty()) return;
            List<Node> articles = pending.stream().map(Pending::article).toList();
            sink.write(describe(pending), batch -> {
                DatasetGraph dsg = batch.dataset();
                List<Curation.Change> corrections = Curation.all(dsg);
                Homonyms homonyms = Homonyms.reading(dsg);   // what it reads kept for this write only
                for (Pending p : pending) {
                    // a person told apart from a homonym another article names (Hùng, Hưng) gets its own IRI
                    List<Quad> quads = homonyms.tellApart(p.graph(), p.quads());
                    // the editors' corrections, each time the article is written: they outlive any re-extraction
                    batch.replace(p.graph(), p.article(), quads, p.joined(),
                            () -> Curation.apply(dsg, p.graph(), p.article(), corrections));
                    homonyms.written(p.graph());
                }
            });
            touchedArticles.addAll(articles);
            List<Pending> written = List.copyOf(pending);
            pending.clear();
            written.forEach(p -> done(p.doc(), p.outcome()));
            if (compaction != null) compaction.afterCommit();
        }

        /**
         * A page and, when teasers are read, each teaser it lists as an article of its own. The page
         * is split once: here when its teasers must be counted, else when it is extracted (not at all
         * when it is current).
         */
        private List<Source> pages(SourceDoc doc) {
            if (!teasers) return List.of(new Source(doc, null));
            List<Source> all = PageSplitter.withTeasers(PageSplitter.split(doc)).stream()
                    .map(p -> new Source(p.source(), p)).toList();
            if (mode != Mode.BULK && storedTeaser(doc.key(), all.size())) {
                ahead.drain();   // the articles read before are in the batch first, as when read on one thread
                dropStaleTeasers(doc.key(), all.size() - 1);
            }
            return all;
        }

        /** Whether teaser {@code n} of the page is stored: only then may some teaser be stale. */
        private boolean storedTeaser(String pageKey, int n) {
            Node graph = mapper.graphFor(pageKey + "~teaser-" + n);
            return Txn.calculateRead(dsg, () -> dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext());
        }

        /**
         * A page read again that now lists fewer teasers leaves no stale teaser behind: the teaser
         * articles numbered beyond its list are removed, counts and links with them.
         */
        private void dropStaleTeasers(String pageKey, int kept) {
            Removal removal = Removal.create().store(store).mapper(mapper).observer(summary).build();
            for (int n = kept + 1; removal.remove(pageKey + "~teaser-" + n); n++) {
                LOG.info("{}: teaser {} is no longer on the page; removed", pageKey, n);
            }
        }

        private void done(SourceDoc doc, Outcome outcome) {
            outcomes[outcome.ordinal()]++;
            LOG.debug("{} [{}]: {}", doc.origin(), doc.key(), outcome);
            progress.article(doc.origin(), doc.key(), outcome);
        }

        private void fail(SourceDoc doc, String message) {
            problem(doc.origin(), message);
            progress.article(doc.origin(), doc.key(), Outcome.FAILED);
        }
    }

    /** One article read: its source and its page, when split already (null: split when extracted). */
    private record Source(SourceDoc doc, Page split) {
        Page page() {
            return split != null ? split : PageSplitter.split(doc);
        }
    }

    /** An article extracted and mapped, waiting for its batch to be written. */
    private record Pending(SourceDoc doc, Node graph, List<Quad> quads, Node article, ArticleChange.Joined joined, Outcome outcome) {}

    private static String describe(List<Pending> batch) {
        SourceDoc first = batch.get(0).doc();
        String one = "article \"" + first.key() + "\" from " + first.origin();
        return batch.size() == 1 ? one : batch.size() + " articles (the first: " + one + ")";
    }

    /** What decides whether a stored article is current. Null fields never match. */
    record Stamp(String hash, String extractorVersion, String sourceFile) {
        /** The stamp of the article stored in {@code graph}, or null when there is none. */
        static Stamp read(DatasetGraph dsg, Node graph) {
            Iterator<Quad> articles = dsg.find(graph, Node.ANY, RDF.Nodes.type, Terms.ARTICLE);
            if (!articles.hasNext()) return null;
            Node a = articles.next().getSubject();
            return new Stamp(value(dsg, graph, a, Terms.CONTENT_HASH), value(dsg, graph, a, Terms.EXTRACTOR_VERSION),
                    value(dsg, graph, a, Terms.SOURCE_FILE));
        }

        private static String value(DatasetGraph dsg, Node graph, Node s, Node p) {
            Iterator<Quad> it = dsg.find(graph, s, p, Node.ANY);
            if (!it.hasNext()) return null;
            Node o = it.next().getObject();
            return o.isLiteral() ? o.getLiteralLexicalForm() : null;
        }
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256(String text) {
        return ArticleQuads.sha256(text);
    }

    private static String describe(RuntimeException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
