package org.diplograph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.diplograph.DiplographException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text index of a bulk load, built beside the loader from the articles' quads as they stream
 * ({@value #FOLDER} in the data folder), so that the index is ready when the database is and is moved
 * in place with it, instead of being built from the new database after the load (which took about a
 * third of the time after the last article).
 *
 * <p>The documents are those {@link TextIndex#rebuild} makes: an article's from its quads, a
 * thing's one per distinct name, the names of a thing its graph does not type (or an article whose
 * quads give two titles) read from the loaded database at the end. The analysis runs on a thread of
 * its own, at most {@link #AHEAD} articles behind the stream.
 *
 * <p>Crash safety is the bulk load's: the data folder's index is marked stale before the move
 * ({@link Store#replaceDatabase}); {@link #putInPlace}, run after the database is in place, moves
 * this index in place of it and only then removes the mark. A stop anywhere before leaves the mark,
 * and the index is built from the dataset on the next opening; a leftover folder is removed when the
 * next load starts or when the folder is opened.
 */
final class TextLoading {
    private static final Logger LOG = LoggerFactory.getLogger(TextLoading.class);
    /** The folder of the index being built, inside the data folder. */
    static final String FOLDER = "text-loading";
    /** Articles whose documents may wait for the analysing thread. */
    private static final int AHEAD = 256;

    private final Path folder;
    private final FSDirectory dir;
    private final IndexWriter writer;
    private final ExecutorService analysing = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "text-loading");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore ahead = new Semaphore(AHEAD);
    private Future<?> last;
    /** The first failure of the analysing thread. */
    private volatile Throwable failure;
    /** Keys of the name documents written (a thing's name stated by many articles is written once). */
    private final Set<String> pairs = new HashSet<>();
    /** What is read from the loaded database at the end. */
    private final Set<Node> whole = new LinkedHashSet<>();
    private final Set<Node> articles = new LinkedHashSet<>();
    private long articleCount;

    private TextLoading(Path folder, FSDirectory dir, IndexWriter writer) {
        this.folder = folder;
        this.dir = dir;
        this.writer = writer;
    }

    /** Starts an empty index beside the data folder's (a leftover one is removed first). */
    static TextLoading start(Path dataFolder) {
        Path folder = dataFolder.resolve(FOLDER);
        drop(dataFolder);
        try {
            FSDirectory dir = FSDirectory.open(Files.createDirectories(folder));
            IndexWriterConfig config = new IndexWriterConfig(new FoldingAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64);
            return new TextLoading(folder, dir, new IndexWriter(dir, config));
        } catch (IOException e) {
            throw new DiplographException("Cannot create the text index of a bulk load in " + folder + ": " + StoreWrite.reason(e), e);
        }
    }

    /** Takes the quads of one article graph, as loaded; from the thread that streams them. */
    void graph(List<Quad> quads) {
        List<Document> docs = new ArrayList<>();
        List<Node> typed = new ArrayList<>();
        TextIndex.names(quads, (thing, name) -> {
            if (pairs.add(TextIndex.key(thing) + '\n' + name)) docs.add(TextIndex.nameDoc(thing, name));
        }, whole::add, typed::add);
        for (Node a : typed) {
            Optional<Document> doc = TextIndex.articleDoc(a, quads);
            if (doc.isPresent()) docs.add(doc.get());
            else articles.add(a);
            articleCount++;
        }
        if (docs.isEmpty()) return;
        try {
            ahead.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplographException("Interrupted while building the text index in " + folder, e);
        }
        if (failure != null) check();
        last = analysing.submit(() -> {
            try {
                if (failure == null) writer.addDocuments(docs);
            } catch (IOException | RuntimeException e) {
                failure = e;
            } finally {
                ahead.release();
            }
        });
    }

    /** After the load: what the quads did not settle is read from {@code loaded}, and the index committed. */
    void finish(DatasetGraph loaded) {
        try {
            if (last != null) last.get();
            analysing.shutdown();
            check();
            long[] read = new long[1];
            Txn.executeRead(loaded, () -> {
                try {
                    for (Node a : articles) {
                        Optional<Document> doc = TextIndex.articleDoc(loaded, a);
                        if (doc.isPresent()) writer.updateDocument(new Term(TextIndex.URI, TextIndex.key(a)), doc.get());
                    }
                    for (Node t : whole) {
                        if (articles.contains(t)) continue;
                        writer.deleteDocuments(new Term(TextIndex.URI, TextIndex.key(t)));
                        for (Document d : TextIndex.nameDocs(loaded, t)) writer.addDocument(d);
                        read[0]++;
                    }
                } catch (IOException e) {
                    throw new DiplographException("Cannot write the text index in " + folder + ": " + StoreWrite.reason(e), e);
                }
            });
            TextIndex.stamp(writer);
            writer.commit();
            writer.close();
            dir.close();
            LOG.info("Text index of the bulk load: {} articles, {} names from the stream, {} things read from the loaded database",
                    articleCount, pairs.size(), read[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort();
            throw new DiplographException("Interrupted while building the text index in " + folder, e);
        } catch (IOException | java.util.concurrent.ExecutionException | RuntimeException e) {
            abort();
            throw e instanceof DiplographException d ? d
                    : new DiplographException("Cannot build the text index in " + folder + ": " + StoreWrite.reason(e), e);
        }
    }

    /** Stops after a failure: the index being built is removed. */
    void abort() {
        analysing.shutdownNow();
        try {
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Rolling back the text index of a bulk load: {}", e.toString());
        }
        try {
            dir.close();
        } catch (IOException e) {
            LOG.debug("Closing the text index of a bulk load: {}", e.toString());
        }
        BulkLoad.delete(folder);
    }

    /**
     * Once the loaded database is in place (the data folder's index marked stale and closed): this
     * index takes the place of the data folder's, and the mark is removed.
     */
    static void putInPlace(Path dataFolder) {
        Path loaded = dataFolder.resolve(FOLDER);
        Path index = dataFolder.resolve(TextIndex.FOLDER);
        try {
            BulkLoad.delete(index);
            Files.move(loaded, index, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(dataFolder.resolve(TextIndex.CHANGING));
        } catch (IOException e) {
            throw new DiplographException("Cannot put the text index " + loaded + " in place of " + index + ": " + StoreWrite.reason(e)
                    + "; it is built again from the dataset when the folder is next opened", e);
        }
    }

    /** Removes what a stopped bulk load left of its text index. */
    static void drop(Path dataFolder) {
        BulkLoad.delete(dataFolder.resolve(FOLDER));
    }

    private void check() {
        if (failure != null) {
            throw new DiplographException("Cannot write the text index in " + folder + ": " + StoreWrite.reason(failure), failure);
        }
    }
}
