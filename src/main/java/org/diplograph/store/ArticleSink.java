package org.diplograph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.rdf.Terms;

/**
 * Where the pipeline puts articles: each call writes in one write transaction of the store
 * ({@link StoreWrite}, whose error names the dataset), and tells the {@link ArticleObserver} what
 * changed, inside that transaction, so that the data it derives commits with the articles.
 *
 * <pre>
 *   ArticleSink sink = ArticleSink.create().store(store).observer(observer).build();
 *   sink.write("3 articles", batch -> {
 *       for (Article a : articles) batch.replace(a.graph(), a.node(), a.quads(), a.joined());
 *   });
 * </pre>
 *
 * <p>Besides its observer, the sink keeps the store's {@link TextIndex}: it is told each change the
 * same way, prepares its commit before the dataset commits and commits right after, so that the
 * index follows every writer, whatever observer the writer chose.
 *
 * <p>Why a batch form: one transaction commits to disk once, and a load of many articles is fast
 * only if it commits many articles at a time; the steps a writer must take at each article inside
 * the transaction (what it reads of the other articles, what it does after the write) run in its
 * body, between the sink's calls. A reader sees the articles of a transaction all or none.
 */
public final class ArticleSink {
    private final Store store;
    private final ArticleObserver observer;

    private ArticleSink(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.observer = b.observer;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Options of a sink; {@code store} is required. */
    public static final class Builder {
        private Store store;
        private ArticleObserver observer = ArticleObserver.NONE;

        private Builder() {}

        public Builder store(Store store) {
            this.store = store;
            return this;
        }

        /** Who is told each change (default: {@link ArticleObserver#NONE}). */
        public Builder observer(ArticleObserver observer) {
            this.observer = Objects.requireNonNull(observer);
            return this;
        }

        public ArticleSink build() {
            return new ArticleSink(this);
        }
    }

    /** The writes of one transaction; valid only inside the body given to {@link #write}. */
    public interface Batch {
        /** The dataset, for what the writer reads or writes besides the article graphs. */
        DatasetGraph dataset();

        /** Replaces {@code graph} with {@code quads} (see {@link #replace(Node, Node, List, ArticleChange.Joined, BooleanSupplier)}). */
        default void replace(Node graph, Node article, List<Quad> quads, ArticleChange.Joined joined) {
            replace(graph, article, quads, joined, () -> false);
        }

        /**
         * Replaces the article graph {@code graph} with {@code quads}, then runs {@code then}, which may
         * change the graph in place and says whether it did ({@link ArticleChange.Kind#CORRECTED}), then
         * tells the observer.
         */
        void replace(Node graph, Node article, List<Quad> quads, ArticleChange.Joined joined, BooleanSupplier then);

        /**
         * Removes the article graphs {@code graphs}: each is read by the observer first, all are
         * deleted, then each change is told.
         *
         * @return the articles the graphs held
         */
        List<Node> remove(Collection<Node> graphs);

        /**
         * Runs {@code edit}, which changes the stored graph {@code graph} in place and says whether it
         * did; the observer is told only then.
         */
        boolean edit(Node graph, BooleanSupplier edit);
    }

    /**
     * Runs {@code body} in one write transaction, then tells the observer it is about to commit. On a
     * failure the transaction is aborted, the observer told, and the error raised as the store's
     * ({@link StoreWrite}: {@code what} names what was being written).
     */
    public void write(String what, Consumer<Batch> body) {
        DatasetGraph dsg = store.dataset();
        TextIndex.Changes text = store.text().changes();
        store.text().writing().lock();
        try {
            try {
                StoreWrite.run(store, what, () -> {
                    body.accept(new Writes(dsg, text));
                    observer.committing(dsg);
                    text.committing(dsg);
                });
            } catch (RuntimeException | Error e) {
                observer.aborted();
                try {
                    text.aborted();
                } catch (RuntimeException also) {
                    e.addSuppressed(also);
                }
                throw e;
            }
            text.committed();
        } finally {
            store.text().writing().unlock();
        }
    }

    /** Replaces one article graph, in a transaction of its own. */
    public void replace(String what, Node graph, Node article, List<Quad> quads, ArticleChange.Joined joined) {
        write(what, batch -> batch.replace(graph, article, quads, joined));
    }

    /** Removes article graphs, in a transaction of their own; returns the articles they held. */
    public List<Node> remove(String what, Collection<Node> graphs) {
        List<Node> out = new ArrayList<>();
        write(what, batch -> out.addAll(batch.remove(graphs)));
        return out;
    }

    private final class Writes implements Batch {
        private final DatasetGraph dsg;
        private final TextIndex.Changes text;

        Writes(DatasetGraph dsg, TextIndex.Changes text) {
            this.dsg = dsg;
            this.text = text;
        }

        @Override
        public DatasetGraph dataset() {
            return dsg;
        }

        @Override
        public void replace(Node graph, Node article, List<Quad> quads, ArticleChange.Joined joined, BooleanSupplier then) {
            Objects.requireNonNull(joined, "joined");
            Set<Node> left = observer.leaving(dsg, graph);
            text.leaving(dsg, graph);
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            quads.forEach(dsg::add);
            boolean changed = then.getAsBoolean();
            ArticleChange change = new ArticleChange(changed ? ArticleChange.Kind.CORRECTED : ArticleChange.Kind.WRITTEN,
                    graph, article, left, joined, quads);
            observer.changed(dsg, change);
            text.changed(dsg, change);
        }

        @Override
        public List<Node> remove(Collection<Node> graphs) {
            Map<Node, Set<Node>> left = new LinkedHashMap<>();
            Map<Node, List<Node>> articles = new LinkedHashMap<>();
            for (Node g : graphs) {
                left.put(g, observer.leaving(dsg, g));
                text.leaving(dsg, g);
                articles.put(g, articlesOf(g));
            }
            for (Node g : graphs) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            List<Node> out = new ArrayList<>();
            for (Node g : graphs) {
                List<Node> held = articles.get(g);
                for (Node a : held.isEmpty() ? Collections.<Node>singletonList(null) : held) {
                    ArticleChange change = new ArticleChange(ArticleChange.Kind.REMOVED, g, a, left.get(g), null, List.of());
                    observer.changed(dsg, change);
                    text.changed(dsg, change);
                    if (a != null) out.add(a);
                }
            }
            return out;
        }

        @Override
        public boolean edit(Node graph, BooleanSupplier edit) {
            Set<Node> left = observer.leaving(dsg, graph);
            text.leaving(dsg, graph);
            if (!edit.getAsBoolean()) return false;
            List<Node> held = articlesOf(graph);
            ArticleChange change = new ArticleChange(ArticleChange.Kind.EDITED, graph, held.isEmpty() ? null : held.get(0), left,
                    null, List.of());
            observer.changed(dsg, change);
            text.changed(dsg, change);
            return true;
        }

        private List<Node> articlesOf(Node graph) {
            List<Node> out = new ArrayList<>();
            dsg.find(graph, Node.ANY, RDF.Nodes.type, Terms.ARTICLE).forEachRemaining(q -> out.add(q.getSubject()));
            return out;
        }
    }

    /** An ordered, unmodifiable copy of {@code keys}. */
    static Set<Node> frozen(Set<Node> keys) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(keys));
    }
}
