package org.diplograph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.diplograph.DiplographException;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Terms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of a data folder: a Lucene index (jena-text's) in {@code text/} beside the
 * database, over the articles' titles and text and over the names of what they mention, served in
 * SPARQL by {@code text:query} (PREFIX text: &lt;http://jena.apache.org/text#&gt;).
 *
 * <p>What a query finds, by the predicate it names:
 * <pre>
 *   ?article text:query "hanoi visite"                      title and text of articles (field "text")
 *   ?article text:query (schema:headline "hanoi")           titles only (field "title")
 *   ?thing   text:query (rdfs:label "nguyen")               names (field "name"): rdfs:label, skos:altLabel and
 *                                                           skos:hiddenLabel of everything with a class of the
 *                                                           project's ontology but articles, evidence excerpts and
 *                                                           the rows of the summary (the classes of UNNAMED)
 * </pre>
 * Words are folded ({@link FoldingAnalyzer}): {@code Hanoi} finds {@code Hanoï}. A thing has one
 * document per distinct name, whatever the number of article graphs that name it, so a hit is a
 * thing, not a copy.
 *
 * <p>How it is kept: the {@link ArticleSink}, through which every article is written, edited or
 * removed, tells the index what each transaction changed ({@link #changes}), and the index commits
 * right after the dataset. Not jena-text's own dataset wrapping ({@code TextDatasetFactory}), for
 * two reasons: the wrapper indexes one document per triple and per graph, so a country named in
 * 30,000 articles would be 30,000 hits and a removal could not tell whether a name is still used
 * elsewhere; and the sink already knows which articles and things a transaction touched, so the
 * index recomputes just those from the committed state of the union graph, which is right by
 * construction. The index is put in the dataset's context ({@link TextQuery#textIndex}), where
 * {@code text:query} looks for it: every query of this process and of its Fuseki server sees it.
 *
 * <p>Crash safety: a file {@value #CHANGING} beside it is made before the dataset commits and
 * removed once the index has committed too; if it is found when the folder is opened (the process
 * died between the two commits), or the index is missing (a folder from an earlier build) or
 * unreadable, or its commits do not record the shape of documents this build writes ({@link #SHAPE}),
 * the index is rebuilt from the dataset on opening, with one line saying so. Writes that go around
 * the sink (an import, a fixture) call {@link #rebuild}; so does {@code diplograph text-index}. A bulk
 * load that streams articles builds its own index beside the loader ({@link TextLoading}) and moves
 * it in with its database; a load that does not has the index rebuilt when its database is in place.
 *
 * <p>Cost: a transaction's articles are analysed on a thread of the index's own while the writing
 * thread goes on, and a name is written by its own key without reading the thing's other copies, so
 * a write costs the same whether a thing it names is in ten articles or in ten thousand.
 */
public final class TextIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TextIndex.class);

    /** The index's folder, inside the data folder. */
    public static final String FOLDER = "text";
    /** Present while the dataset may hold a commit the index has not got. */
    static final String CHANGING = "text.changing";

    static final String URI = "uri";
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String NAME = "name";
    /** The key of a name's document: the thing's key and the name, a line apart. */
    static final String PAIR = "pair";

    /** Where a name comes from. */
    static final List<Node> NAMES = List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), SKOS.hiddenLabel.asNode());
    private static final Node HEADLINE = SchemaDO.headline.asNode();
    private static final Symbol SELF = Symbol.create("https://w3id.org/diplograph/ontology#textIndex");

    private final Path folder;
    private final Path changing;
    private final DatasetGraph dsg;
    private final TextIndexLucene lucene;
    private final ReentrantLock writing = new ReentrantLock();
    /** Opened by {@link #openReadOnly}: nothing may change it. */
    private final boolean readOnly;
    /**
     * Analyses the documents of articles written whole while the writing thread goes on with the
     * transaction (Lucene's share of a write is mostly the analysis of the articles' text): one
     * thread, so the documents of a transaction are put in the order told.
     */
    private final ExecutorService analysing = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "text-index");
        t.setDaemon(true);
        return t;
    });

    private TextIndex(Path folder, DatasetGraph dsg, TextIndexLucene lucene, boolean readOnly) {
        this.folder = folder;
        this.readOnly = readOnly;
        this.changing = folder.resolveSibling(CHANGING);
        this.dsg = dsg;
        this.lucene = lucene;
    }

    /**
     * The index of the data folder {@code dataFolder}, over {@code dsg}, opened once per dataset in a
     * process; built from the dataset when it is missing or a write did not reach it.
     */
    static TextIndex open(Path dataFolder, DatasetGraph dsg) {
        synchronized (dsg) {
            if (dsg.getContext().get(SELF) instanceof TextIndex open) return open;
            Path folder = dataFolder.resolve(FOLDER);
            boolean existed = Files.isDirectory(folder) && hasFiles(folder);
            boolean interrupted = Files.exists(dataFolder.resolve(CHANGING));
            boolean earlier = existed && !SHAPE.equals(shapeOf(folder));
            TextIndexLucene lucene;
            try {
                Files.createDirectories(folder);
                lucene = new TextIndexLucene(FSDirectory.open(folder), config());
            } catch (IOException | RuntimeException e) {
                throw new DiplographException("Cannot open the text index in " + folder + ": " + StoreWrite.reason(e)
                        + ". Delete that folder to have it built again from the dataset.", e);
            }
            TextIndex index = new TextIndex(folder, dsg, lucene, false);
            if (!existed || interrupted || earlier) {
                long articles = Txn.calculateRead(dsg, () -> count(dsg.find(Node.ANY, Node.ANY, RDF.Nodes.type, Terms.ARTICLE)));
                if (articles > 0 || interrupted || earlier) {
                    LOG.info("Text index of {} {}: building it from the dataset's {} articles (what 'diplograph text-index' does)",
                            dataFolder, interrupted ? "is behind the dataset (a write or a bulk load did not reach it)"
                                    : earlier ? "has the documents of an earlier build" : "is missing (a folder from an earlier build)",
                            articles);
                    index.rebuild();
                } else if (!existed) {
                    // a new, empty index records its shape too, so that a copy of it opens as it is (a snapshot's)
                    index.stamp();
                    lucene.commit();
                }
            }
            dsg.getContext().set(TextQuery.textIndex, lucene);
            dsg.getContext().set(SELF, index);
            return index;
        }
    }

    /**
     * The index of a read-only data folder (a snapshot a replica serves), over {@code dsg}: opened as
     * it is, never built nor written, its files left byte for byte as they were
     * ({@link ReadOnlyDirectory}). An index that {@link #open} would build again (missing, behind its
     * dataset, or of an earlier shape) is refused with one line naming the way out, since building it
     * is a write and would hold a replica back from answering for as long as it takes.
     */
    static TextIndex openReadOnly(Path dataFolder, DatasetGraph dsg) {
        synchronized (dsg) {
            if (dsg.getContext().get(SELF) instanceof TextIndex open) return open;
            Path folder = dataFolder.resolve(FOLDER);
            String wrong = !Files.isDirectory(folder) || !hasFiles(folder) ? "has no text index"
                    : Files.exists(dataFolder.resolve(CHANGING)) ? "has a text index behind its dataset (a write did not reach it)"
                    : !SHAPE.equals(shapeOf(folder)) ? "has a text index of an earlier build" : null;
            if (wrong != null) {
                throw new DiplographException("The data folder " + dataFolder + " " + wrong + ", which a read-only server"
                        + " cannot build: write a new snapshot with 'diplograph snapshot', or run 'diplograph text-index --db "
                        + dataFolder + "' first.");
            }
            TextIndexLucene lucene;
            try {
                lucene = new TextIndexLucene(new ReadOnlyDirectory(FSDirectory.open(folder)), config());
            } catch (IOException | RuntimeException e) {
                throw new DiplographException("Cannot open the text index in " + folder + " read-only: " + StoreWrite.reason(e), e);
            }
            TextIndex index = new TextIndex(folder, dsg, lucene, true);
            dsg.getContext().set(TextQuery.textIndex, lucene);
            dsg.getContext().set(SELF, index);
            return index;
        }
    }

    /** jena-text's description of the documents: which predicate a query names maps to which field. */
    private static TextIndexConfig config() {
        EntityDefinition docs = new EntityDefinition(URI, TEXT, DIP.sourceText);
        docs.set(TITLE, HEADLINE);
        docs.set(NAME, RDFS.label.asNode());
        TextIndexConfig config = new TextIndexConfig(docs);
        FoldingAnalyzer words = new FoldingAnalyzer();
        config.setAnalyzer(words);
        config.setQueryAnalyzer(words);
        config.setValueStored(false);
        return config;
    }

    /**
     * The shape of the documents this build writes, kept in each commit of the index: an index without
     * it (one document per thing and name, with no {@link #PAIR} key, as the first build with an index
     * wrote) is built again on opening, since a name's document could not be replaced by its key.
     */
    static final String SHAPE = "2";
    private static final String SHAPE_KEY = "diplograph.text.shape";

    /** The shape recorded in the index's last commit, or null when it has none (or no commit). */
    static String shapeOf(Path folder) {
        try (FSDirectory dir = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(dir)) return null;
            return SegmentInfos.readLatestCommit(dir).getUserData().get(SHAPE_KEY);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Has the next commit record the shape of the documents (a rollback forgets it with its writer). */
    private void stamp() {
        stamp(lucene.getIndexWriter());
    }

    static void stamp(IndexWriter w) {
        w.setLiveCommitData(Map.of(SHAPE_KEY, SHAPE).entrySet());
    }

    /** What {@link #rebuild} indexed. */
    public record Counts(long articles, long things, long names) {}

    /** Builds the index again from the dataset's committed state: what {@code diplograph text-index} runs. */
    public Counts rebuild() {
        refuseWhenReadOnly();
        writing.lock();
        try {
            mark();
            IndexWriter w = lucene.getIndexWriter();
            long[] n = new long[3];
            Txn.executeRead(dsg, () -> {
                try {
                    w.deleteAll();
                    Iterator<Quad> articles = dsg.find(Node.ANY, Node.ANY, RDF.Nodes.type, Terms.ARTICLE);
                    Node last = null;
                    while (articles.hasNext()) {
                        Node a = articles.next().getSubject();
                        if (a.equals(last)) continue;
                        last = a;
                        Optional<Document> doc = articleDoc(dsg, a);
                        if (doc.isPresent()) {
                            w.addDocument(doc.get());
                            n[0]++;
                        }
                    }
                    // by class then subject (the POSG index): copies of a thing in many graphs come together
                    Iterator<Quad> typed = dsg.find(Node.ANY, Node.ANY, RDF.Nodes.type, Node.ANY);
                    last = null;
                    while (typed.hasNext()) {
                        Quad q = typed.next();
                        if (q.getSubject().equals(last) || !named(q.getObject())) continue;
                        last = q.getSubject();
                        w.deleteDocuments(new Term(URI, key(last)));
                        List<Document> docs = nameDocs(dsg, last);
                        for (Document d : docs) w.addDocument(d);
                        if (!docs.isEmpty()) n[1]++;
                        n[2] += docs.size();
                    }
                } catch (IOException e) {
                    throw new DiplographException("Cannot write the text index in " + folder + ": " + StoreWrite.reason(e), e);
                }
            });
            stamp();
            lucene.commit();
            unmark();
            LOG.info("Text index of {}: {} articles, {} names of {} things", folder.getParent(), n[0], n[2], n[1]);
            return new Counts(n[0], n[1], n[2]);
        } catch (RuntimeException e) {
            lucene.rollback();
            throw e instanceof DiplographException d ? d
                    : new DiplographException("Cannot build the text index in " + folder + ": " + StoreWrite.reason(e), e);
        } finally {
            writing.unlock();
        }
    }

    /**
     * Takes again, from the committed dataset, the names of what {@code graph} holds now: for a graph
     * written around the sink that only adds names (the ontology graph of a new build).
     */
    public void reindex(Node graph) {
        Changes changes = changes();
        writing.lock();
        try {
            Txn.executeRead(dsg, () -> {
                List<Quad> quads = new ArrayList<>();
                dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
                changes.note(quads);
                changes.committing(dsg);
            });
            changes.committed();
        } catch (RuntimeException e) {
            changes.aborted();
            throw e;
        } finally {
            writing.unlock();
        }
    }

    /** The documents of the things and articles one write transaction touches; see {@link ArticleSink#write}. */
    Changes changes() {
        refuseWhenReadOnly();
        return new Changes();
    }

    private void refuseWhenReadOnly() {
        if (readOnly) throw new DiplographException("The text index in " + folder + " is open read-only: it takes no write");
    }

    /**
     * The files of the index's last commit, copied into {@code target} (a new folder) with no write
     * between: for a snapshot, which holds {@link #writing} meanwhile so that the commit copied is the
     * one that matches the dataset's last commit. Lucene never changes a committed file, and the
     * writer keeps the last commit's files until a later commit.
     */
    long copyLastCommit(Path target) {
        try {
            Files.createDirectories(target);
            SegmentInfos last = SegmentInfos.readLatestCommit(lucene.getDirectory());
            long bytes = 0;
            for (String name : last.files(true)) {
                Path to = target.resolve(name);
                Files.copy(folder.resolve(name), to);
                bytes += Files.size(to);
            }
            return bytes;
        } catch (IOException e) {
            throw new DiplographException("Cannot copy the text index of " + folder + " to " + target + ": " + StoreWrite.reason(e), e);
        }
    }

    /** Held around a write transaction and the index's commit that follows it, so two writers' documents never mix. */
    ReentrantLock writing() {
        return writing;
    }

    /**
     * Notes the articles and the names of each graph a transaction changes, before and after the
     * change; at {@link #committing} replaces the documents of those articles and names by what the
     * dataset now holds and prepares the index's commit, which {@link #committed} completes once the
     * dataset has committed.
     *
     * <p>Why by name and not by thing: a thing named by many articles (a country, a relation, a busy
     * person) has a copy of its names and types in each of their graphs, so reading all its names again
     * at each write costs more as the dataset grows. A name a write states is in the union graph after
     * the write, so its document is put (replaced, never doubled: each has its own key, {@link #PAIR});
     * a name that left with a replaced or removed graph is asked of the dataset by its own quad
     * (thing, predicate, literal), which the index of subjects answers without reading the copies.
     * Whether a thing is named at all is read from the types the same graph gives it; a thing that
     * graph does not type is read whole from the dataset, as {@link #rebuild} does.
     */
    final class Changes implements ArticleObserver {
        private final Set<Node> articles = new LinkedHashSet<>();
        /** Names now stated, by thing. */
        private final Map<Node, Set<String>> stated = new LinkedHashMap<>();
        /** Names that left with a graph, by thing: the literals that held each. */
        private final Map<Node, Map<String, Set<Node>>> left = new LinkedHashMap<>();
        /** Things whose documents are made again from all the dataset holds of them. */
        private final Set<Node> whole = new LinkedHashSet<>();
        /** Articles whose document was handed to {@link #analysing} from the quads written, and those puts. */
        private final Set<Node> handed = new HashSet<>();
        private final List<Future<?>> puts = new ArrayList<>();

        @Override
        public Set<Node> leaving(DatasetGraph dsg, Node graph) {
            for (Iterator<Quad> it = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                Node p = q.getPredicate();
                if (NAMES.contains(p) && q.getObject().isLiteral()) {
                    left.computeIfAbsent(q.getSubject(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(q.getObject().getLiteralLexicalForm(), k -> new LinkedHashSet<>()).add(q.getObject());
                } else if (p.equals(RDF.Nodes.type) && q.getObject().equals(Terms.ARTICLE)) {
                    articles.add(q.getSubject());
                    handed.remove(q.getSubject());
                }
            }
            return Set.of();
        }

        @Override
        public void changed(DatasetGraph dsg, ArticleChange change) {
            if (change.kind() == ArticleChange.Kind.WRITTEN) note(change.quads());
            else if (change.kind() != ArticleChange.Kind.REMOVED) {
                List<Quad> now = new ArrayList<>();
                dsg.find(change.graph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(now::add);
                note(now);
            }
            Node a = change.article();
            if (a == null) return;
            articles.add(a);
            handed.remove(a);
            Optional<Document> doc = change.kind() == ArticleChange.Kind.WRITTEN ? articleDoc(a, change.quads()) : Optional.empty();
            if (doc.isPresent()) {
                Term key = new Term(URI, key(a));
                handed.add(a);
                puts.add(analysing.submit(() -> {
                    lucene.getIndexWriter().updateDocument(key, doc.get());
                    return null;
                }));
            }
        }

        /** Waits for the documents handed over; the first failure is raised. */
        private void awaitPuts() {
            try {
                for (Future<?> f : puts) f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DiplographException("Interrupted while writing the text index in " + folder, e);
            } catch (ExecutionException e) {
                throw new DiplographException("Cannot write the text index in " + folder + ": " + StoreWrite.reason(e.getCause()),
                        e.getCause());
            } finally {
                puts.clear();
            }
        }

        /** Notes what {@code quads}, all of one graph as it now is, state. */
        void note(List<Quad> quads) {
            names(quads, (s, name) -> stated.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(name), whole::add, articles::add);
        }

        private boolean empty() {
            return articles.isEmpty() && stated.isEmpty() && left.isEmpty() && whole.isEmpty();
        }

        @Override
        public void committing(DatasetGraph dsg) {
            if (empty()) return;
            mark();
            awaitPuts();
            IndexWriter w = lucene.getIndexWriter();
            try {
                for (Node a : articles) {
                    if (handed.contains(a)) continue;
                    Term key = new Term(URI, key(a));
                    Optional<Document> doc = articleDoc(dsg, a);
                    if (doc.isPresent()) w.updateDocument(key, doc.get());
                    else w.deleteDocuments(key);
                }
                for (Node t : whole) {
                    if (articles.contains(t)) continue;
                    w.deleteDocuments(new Term(URI, key(t)));
                    for (Document d : nameDocs(dsg, t)) w.addDocument(d);
                }
                for (var e : stated.entrySet()) {
                    if (whole.contains(e.getKey())) continue;
                    for (String name : e.getValue()) w.updateDocument(pair(e.getKey(), name), nameDoc(e.getKey(), name));
                }
                for (var e : left.entrySet()) {
                    Node t = e.getKey();
                    if (whole.contains(t) || !t.isURI()) continue;
                    Set<String> still = stated.getOrDefault(t, Set.of());
                    for (var name : e.getValue().entrySet()) {
                        if (still.contains(name.getKey()) || stillNamed(t, name.getKey(), name.getValue())) continue;
                        w.deleteDocuments(pair(t, name.getKey()));
                    }
                }
            } catch (IOException e) {
                throw new DiplographException("Cannot write the text index in " + folder + ": " + StoreWrite.reason(e), e);
            }
            stamp();
            lucene.prepareCommit();
        }

        /** The dataset committed: so does the index. */
        void committed() {
            if (empty()) return;
            try {
                lucene.commit();
            } catch (RuntimeException e) {
                throw new DiplographException("The dataset in " + folder.resolveSibling(Store.DATABASE) + " took the write"
                        + " but its text index in " + folder + " could not (" + StoreWrite.reason(e)
                        + "); it is built again from the dataset when the folder is next opened.", e);
            }
            unmark();
        }

        @Override
        public void aborted() {
            if (empty()) return;
            try {
                awaitPuts();
            } catch (RuntimeException e) {
                // rolled back with the rest
            }
            lucene.rollback();
            unmark();
        }
    }

    /**
     * What the quads of one graph state for the index: each name of a thing the graph types with a
     * class the index names ({@code named}), the things it names without a type ({@code untyped}, to
     * be read whole from the dataset), the articles it types ({@code articles}).
     */
    static void names(List<Quad> quads, java.util.function.BiConsumer<Node, String> named, java.util.function.Consumer<Node> untyped,
                      java.util.function.Consumer<Node> articles) {
        Map<Node, Boolean> verdicts = new HashMap<>();
        for (Quad q : quads) {
            if (!q.getPredicate().equals(RDF.Nodes.type)) continue;
            Node o = q.getObject();
            if (o.equals(Terms.ARTICLE)) articles.accept(q.getSubject());
            if (UNNAMED.contains(o)) verdicts.put(q.getSubject(), false);
            else if (named(o)) verdicts.merge(q.getSubject(), true, Boolean::logicalAnd);
        }
        for (Quad q : quads) {
            if (!NAMES.contains(q.getPredicate())) continue;
            Node s = q.getSubject();
            Boolean verdict = verdicts.get(s);
            if (verdict == null) untyped.accept(s);
            else if (verdict && s.isURI() && q.getObject().isLiteral()) named.accept(s, q.getObject().getLiteralLexicalForm());
        }
    }

    /**
     * Whether {@code thing} still has the name {@code name} after a graph that gave it left: first by
     * the literals that graph held (one look-up each), then, when none is left, by its names in any
     * language (a read of every copy, made only for a name about to go).
     */
    private boolean stillNamed(Node thing, String name, Set<Node> literals) {
        for (Node p : NAMES) {
            for (Node l : literals) if (dsg.contains(Node.ANY, thing, p, l)) return true;
        }
        for (Node p : NAMES) {
            for (Iterator<Quad> it = dsg.find(Node.ANY, thing, p, Node.ANY); it.hasNext(); ) {
                Node o = it.next().getObject();
                if (o.isLiteral() && o.getLiteralLexicalForm().equals(name)) return true;
            }
        }
        return false;
    }

    /** The key of the document of one name of a thing. */
    static Term pair(Node thing, String name) {
        return new Term(PAIR, key(thing) + '\n' + name);
    }

    static Document nameDoc(Node thing, String name) {
        Document d = new Document();
        d.add(new Field(URI, key(thing), TextIndexLucene.ftIRI));
        d.add(new StringField(PAIR, key(thing) + '\n' + name, Field.Store.NO));
        d.add(new Field(NAME, name, TextField.TYPE_NOT_STORED));
        return d;
    }

    /**
     * The document of an article written whole, from its quads: when they type it as an article and
     * give it at most one title and one text (else it is read from the dataset, as {@link #rebuild} does).
     */
    static Optional<Document> articleDoc(Node article, List<Quad> quads) {
        boolean typed = false;
        String title = null;
        String text = null;
        for (Quad q : quads) {
            if (!q.getSubject().equals(article)) continue;
            Node p = q.getPredicate();
            Node o = q.getObject();
            if (p.equals(RDF.Nodes.type) && o.equals(Terms.ARTICLE)) typed = true;
            else if (p.equals(HEADLINE) && o.isLiteral()) {
                if (title != null) return Optional.empty();
                title = o.getLiteralLexicalForm();
            } else if (p.equals(DIP.sourceText) && o.isLiteral()) {
                if (text != null) return Optional.empty();
                text = o.getLiteralLexicalForm();
            }
        }
        return typed ? Optional.of(articleDoc(article, title, text)) : Optional.empty();
    }

    /** The document of an article: its title, and its title and text together. */
    static Optional<Document> articleDoc(DatasetGraph dsg, Node article) {
        if (!dsg.contains(Node.ANY, article, RDF.Nodes.type, Terms.ARTICLE)) return Optional.empty();
        return Optional.of(articleDoc(article, first(dsg, article, HEADLINE), first(dsg, article, DIP.sourceText)));
    }

    private static Document articleDoc(Node article, String title, String text) {
        Document d = new Document();
        d.add(new Field(URI, key(article), TextIndexLucene.ftIRI));
        if (title != null) d.add(new Field(TITLE, title, TextField.TYPE_NOT_STORED));
        d.add(new Field(TEXT, (title == null ? "" : title + "\n") + (text == null ? "" : text), TextField.TYPE_NOT_STORED));
        return d;
    }

    /** One document per distinct name of {@code thing}, none if it is not a thing the index names. */
    static List<Document> nameDocs(DatasetGraph dsg, Node thing) {
        List<Document> out = new ArrayList<>();
        if (!thing.isURI()) return out;
        boolean named = false;
        for (Iterator<Quad> types = dsg.find(Node.ANY, thing, RDF.Nodes.type, Node.ANY); types.hasNext(); ) {
            Node type = types.next().getObject();
            if (UNNAMED.contains(type)) return out;
            named |= named(type);
        }
        if (!named) return out;
        Set<String> names = new LinkedHashSet<>();
        for (Node p : NAMES) {
            dsg.find(Node.ANY, thing, p, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) names.add(q.getObject().getLiteralLexicalForm());
            });
        }
        for (String name : names) out.add(nameDoc(thing, name));
        return out;
    }

    /**
     * The classes whose labels are not names: articles (found by title and text), evidence excerpts
     * ("extrait 12–40 de ..."), and the rows of the summary, runs and curation graphs, which are
     * written around the sink and named after what they count or correct.
     */
    private static final Set<Node> UNNAMED = Set.of(Terms.ARTICLE, DIP.Evidence, DIP.Tally, DIP.IngestRun, DIP.Correction,
            DIP.Retraction);

    /** A class of the project's ontology whose members are named in the index. */
    private static boolean named(Node type) {
        return type.isURI() && type.getURI().startsWith(DIP.NS) && !UNNAMED.contains(type);
    }

    private static String first(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) return o.getLiteralLexicalForm();
        }
        return null;
    }

    /** How jena-text names a subject in its entity field. */
    static String key(Node n) {
        return n.isURI() ? n.getURI() : "_:" + n.getBlankNodeLabel();
    }

    /**
     * Marks the index of {@code dataFolder} as missing writes, before a change made around it (a bulk
     * load putting another database in place): it is built again when the folder is next opened.
     */
    static void markStale(Path dataFolder) {
        Path changing = dataFolder.resolve(CHANGING);
        if (Files.exists(changing)) return;
        try {
            Files.createFile(changing);
        } catch (IOException e) {
            throw new DiplographException("Cannot write " + changing + ": " + StoreWrite.reason(e), e);
        }
    }

    private void mark() {
        if (Files.exists(changing)) return;
        try {
            Files.createFile(changing);
        } catch (IOException e) {
            throw new DiplographException("Cannot write " + changing + ": " + StoreWrite.reason(e), e);
        }
    }

    private void unmark() {
        try {
            Files.deleteIfExists(changing);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}; the text index is built again when the folder is next opened", changing,
                    StoreWrite.reason(e));
        }
    }

    private static long count(Iterator<?> it) {
        long n = 0;
        for (; it.hasNext(); it.next()) n++;
        return n;
    }

    private static boolean hasFiles(Path dir) {
        try (var s = Files.list(dir)) {
            return s.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /** Releases the index (its files and lock). */
    @Override
    public void close() {
        analysing.shutdownNow();
        dsg.getContext().remove(TextQuery.textIndex);
        dsg.getContext().remove(SELF);
        lucene.close();
    }
}
