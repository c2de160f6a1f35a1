package org.diplograph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.diplograph.rdf.ArticleMapper;
import org.diplograph.summary.SummaryObserver;
import org.diplograph.store.ArticleObserver;
import org.diplograph.store.ArticleSink;
import org.diplograph.store.Store;

/**
 * Takes articles out of a store.
 *
 * <pre>
 *   boolean removed = Removal.create().store(store).build().remove("some-key");
 * </pre>
 *
 * <p>An article's graph holds everything it states, entities included, so removing the graph removes
 * every entity no other article states. It is taken out through the store's {@link ArticleSink}, whose
 * observer, in the same write transaction, recomputes the summary counts of the relations it spoke of
 * (a relation no article supports any more loses its counts) and remakes the duplicate links of the
 * article and of its copies ({@link SummaryObserver}). Ingesting two
 * articles and removing one therefore leaves the dataset that ingesting the other alone gives, the
 * runs graph aside.
 */
public final class Removal {
    private static final Logger LOG = LoggerFactory.getLogger(Removal.class);

    private final Store store;
    private final ArticleMapper mapper;
    /** The observer given, or null: then each removal has a live one of its own, so that a removal is safe to share. */
    private final ArticleObserver observer;

    private Removal(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.mapper = b.mapper;
        this.observer = b.observer;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Options of a removal; {@code store} is required. */
    public static final class Builder {
        private Store store;
        private ArticleMapper mapper = ArticleMapper.standard();
        private ArticleObserver observer;

        private Builder() {}

        /**
         * Who keeps the summary current (default: {@link SummaryObserver#live()}, counted in the
         * removal's transaction). An ingest that removes stale teasers gives its own, so that they are
         * counted as its articles are.
         */
        public Builder observer(ArticleObserver observer) {
            this.observer = Objects.requireNonNull(observer);
            return this;
        }

        public Builder store(Store store) {
            this.store = store;
            return this;
        }

        /** The mapper that names article graphs (default: {@link ArticleMapper#standard()}). */
        public Builder mapper(ArticleMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper);
            return this;
        }

        public Removal build() {
            return new Removal(this);
        }
    }

    /**
     * Removes the article with this key, and the teasers its page listed (keys {@code KEY~teaser-N});
     * false when the store holds no such article.
     */
    public boolean remove(String key) {
        DatasetGraph dsg = store.dataset();
        Node graph = mapper.graphFor(key);
        String teaserGraphs = mapper.graphFor(key + "~teaser-").getURI();
        AtomicBoolean found = new AtomicBoolean();
        ArticleSink sink = ArticleSink.create().store(store).observer(observer != null ? observer : SummaryObserver.live()).build();
        sink.write("the removal of article \"" + key + "\"", batch -> {
            if (!dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext()) return;
            List<Node> graphs = new ArrayList<>(List.of(graph));
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && g.getURI().startsWith(teaserGraphs)) graphs.add(g);
            });
            Curation.forget(dsg, batch.remove(graphs));
            found.set(true);
        });
        if (found.get()) LOG.info("Removed article {}", key);
        else LOG.debug("No article {} to remove", key);
        return found.get();
    }
}
