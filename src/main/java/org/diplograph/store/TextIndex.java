package org.diplograph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
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
 * unreadable, the index is rebuilt from the dataset on opening, with one line saying so. Writes that
 * go around the sink (an import, a fixture) call {@link #rebuild}; so does {@code diplograph text-index}.
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

    /** Where a name comes from. */
    static final List<Node> NAMES = List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), SKOS.hiddenLabel.asNode());
    private static final Node HEADLINE = SchemaDO.headline.asNode();
    private static final Symbol SELF = Symbol.create("https://w3id.org/diplograph/ontology#textIndex");

    private final Path folder;
    private final Path changing;
    private final DatasetGraph dsg;
    private final TextIndexLucene lucene;
    private final ReentrantLock writing = new ReentrantLock();

    private TextIndex(Path folder, DatasetGraph dsg, TextIndexLucene lucene) {
        this.folder = folder;
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
            TextIndexLucene lucene;
            try {
                Files.createDirectories(folder);
                lucene = new TextIndexLucene(FSDirectory.open(folder), config());
            } catch (IOException | RuntimeException e) {
                throw new DiplographException("Cannot open the text index in " + folder + ": " + StoreWrite.reason(e)
                        + ". Delete that folder to have it built again from the dataset.", e);
            }
            TextIndex index = new TextIndex(folder, dsg, lucene);
            if (!existed || interrupted) {
                long articles = Txn.calculateRead(dsg, () -> count(dsg.find(Node.ANY, Node.ANY, RDF.Nodes.type, Terms.ARTICLE)));
                if (articles > 0 || interrupted) {
                    LOG.info("Text index of {} {}: building it from the dataset's {} articles (what 'diplograph text-index' does)",
                            dataFolder, interrupted ? "is behind the dataset (a write or a bulk load did not reach it)" : "is missing (a folder from an earlier build)", articles);
                    index.rebuild();
                }
            }
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

    /** What {@link #rebuild} indexed. */
    public record Counts(long articles, long things, long names) {}

    /** Builds the index again from the dataset's committed state: what {@code diplograph text-index} runs. */
    public Counts rebuild() {
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
                        Optional<Document> doc = articleDoc(a);
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
                        List<Document> docs = nameDocs(last);
                        for (Document d : docs) w.addDocument(d);
                        if (!docs.isEmpty()) n[1]++;
                        n[2] += docs.size();
                    }
                } catch (IOException e) {
                    throw new DiplographException("Cannot write the text index in " + folder + ": " + StoreWrite.reason(e), e);
                }
            });
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
                changes.note(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY));
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
        return new Changes();
    }

    /** Held around a write transaction and the index's commit that follows it, so two writers' documents never mix. */
    ReentrantLock writing() {
        return writing;
    }

    /**
     * Notes the articles and named things of each graph a transaction changes, before and after the
     * change; at {@link #committing} replaces their documents by what the union graph now holds and
     * prepares the index's commit, which {@link #committed} completes once the dataset has committed.
     */
    final class Changes implements ArticleObserver {
        private final Set<Node> articles = new LinkedHashSet<>();
        private final Set<Node> things = new LinkedHashSet<>();

        @Override
        public Set<Node> leaving(DatasetGraph dsg, Node graph) {
            note(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY));
            return Set.of();
        }

        @Override
        public void changed(DatasetGraph dsg, ArticleChange change) {
            if (change.kind() == ArticleChange.Kind.WRITTEN) note(change.quads().iterator());
            else if (change.kind() != ArticleChange.Kind.REMOVED) note(dsg.find(change.graph(), Node.ANY, Node.ANY, Node.ANY));
            if (change.article() != null) articles.add(change.article());
        }

        void note(Iterator<Quad> quads) {
            while (quads.hasNext()) {
                Quad q = quads.next();
                Node p = q.getPredicate();
                if (NAMES.contains(p)) things.add(q.getSubject());
                else if (p.equals(RDF.Nodes.type) && q.getObject().equals(Terms.ARTICLE)) articles.add(q.getSubject());
            }
        }

        @Override
        public void committing(DatasetGraph dsg) {
            if (articles.isEmpty() && things.isEmpty()) return;
            mark();
            IndexWriter w = lucene.getIndexWriter();
            try {
                for (Node a : articles) {
                    w.deleteDocuments(new Term(URI, key(a)));
                    Optional<Document> doc = articleDoc(a);
                    if (doc.isPresent()) w.addDocument(doc.get());
                }
                for (Node t : things) {
                    if (articles.contains(t)) continue;
                    w.deleteDocuments(new Term(URI, key(t)));
                    for (Document d : nameDocs(t)) w.addDocument(d);
                }
            } catch (IOException e) {
                throw new DiplographException("Cannot write the text index in " + folder + ": " + StoreWrite.reason(e), e);
            }
            lucene.prepareCommit();
        }

        /** The dataset committed: so does the index. */
        void committed() {
            if (articles.isEmpty() && things.isEmpty()) return;
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
            if (articles.isEmpty() && things.isEmpty()) return;
            lucene.rollback();
            unmark();
        }
    }

    /** The document of an article: its title, and its title and text together. */
    private Optional<Document> articleDoc(Node article) {
        if (!dsg.contains(Node.ANY, article, RDF.Nodes.type, Terms.ARTICLE)) return Optional.empty();
        String title = first(article, HEADLINE);
        String text = first(article, DIP.sourceText);
        Document d = new Document();
        d.add(new Field(URI, key(article), TextIndexLucene.ftIRI));
        if (title != null) d.add(new Field(TITLE, title, TextField.TYPE_NOT_STORED));
        d.add(new Field(TEXT, (title == null ? "" : title + "\n") + (text == null ? "" : text), TextField.TYPE_NOT_STORED));
        return Optional.of(d);
    }

    /** One document per distinct name of {@code thing}, none if it is not a thing the index names. */
    private List<Document> nameDocs(Node thing) {
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
        for (String name : names) {
            Document d = new Document();
            d.add(new Field(URI, key(thing), TextIndexLucene.ftIRI));
            d.add(new Field(NAME, name, TextField.TYPE_NOT_STORED));
            out.add(d);
        }
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

    private String first(Node s, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) return o.getLiteralLexicalForm();
        }
        return null;
    }

    /** How jena-text names a subject in its entity field. */
    private static String key(Node n) {
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
        dsg.getContext().remove(TextQuery.textIndex);
        dsg.getContext().remove(SELF);
        lucene.close();
    }
}
